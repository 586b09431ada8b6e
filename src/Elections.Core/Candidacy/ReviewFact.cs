namespace Elections.Core.Candidacy;

/// <summary>The state of a pull-request review as GitHub reports it now.</summary>
public enum ReviewVerdict
{
    /// <summary>Approved: an endorsement when the <c>review</c> channel is on.</summary>
    Approved,

    /// <summary>Changes requested: retracts the reviewer's earlier endorsement.</summary>
    ChangesRequested,

    /// <summary>A comment only: changes nothing.</summary>
    Commented,

    /// <summary>Dismissed: the approval no longer counts.</summary>
    Dismissed,
}

/// <summary>
/// One submitted review of a nomination pull request. The instant is GitHub's <c>submitted_at</c>,
/// never when the bot saw it (issue 10 item 5).
/// </summary>
/// <param name="Id">The review id (replies about it are keyed by it).</param>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="Verdict">The review's state now.</param>
/// <param name="SubmittedAt">GitHub's <c>submitted_at</c>.</param>
/// <param name="CommitId">The commit reviewed.</param>
public sealed record ReviewFact(long Id, Person Reviewer, ReviewVerdict Verdict, DateTimeOffset SubmittedAt, string CommitId = "");
