namespace Elections.Core.Candidacy;

/// <summary>What the nominee has said about their nomination (nixos-anchor §3.4; issue 10 item 2).</summary>
public enum NomineeDecision
{
    /// <summary>Not yet accepted.</summary>
    Waiting,

    /// <summary>Accepted (the accept command, a self-nomination, or acceptance not required).</summary>
    Accepted,

    /// <summary>Declined with <c>!decline</c> (a later accept command before the deadline undoes it).</summary>
    Declined,

    /// <summary>The pull request was closed without merging.</summary>
    Withdrawn,
}
