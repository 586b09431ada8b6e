namespace Elections.Core.Candidacy;

/// <summary>Where a nomination pull request stands on GitHub (a closed, unmerged one is a withdrawal, issue 10 item 2).</summary>
public enum PullRequestState
{
    /// <summary>Open: nominations, acceptances and endorsements are taken.</summary>
    Open,

    /// <summary>Closed without merging: the nomination is withdrawn.</summary>
    Closed,

    /// <summary>Merged: the nomination was confirmed and finalised.</summary>
    Merged,
}
