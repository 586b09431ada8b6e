namespace Elections.Core.Voters.Generation;

/// <summary>
/// One merged pull request as read from GH Archive or the GitHub API: the input of the eligibility rule
/// (issue 11 item 1; nixos-anchor §1.4 step 7 picks the same fields).
/// </summary>
public sealed record MergedPullRequest
{
    /// <summary>
    /// What makes the pull request one pull request however often its event appears: <c>pr:ID</c> with
    /// GitHub's pull request id, else <c>repo:REPO_ID#NUMBER</c>.
    /// </summary>
    public required string Key { get; init; }

    /// <summary><c>owner/name</c> of the repository at the time of the event.</summary>
    public required string Repository { get; init; }

    /// <summary>The pull request number.</summary>
    public required long Number { get; init; }

    /// <summary>When it was merged (UTC).</summary>
    public required DateTimeOffset MergedAt { get; init; }

    /// <summary>The author (<c>pull_request.user</c>); null when the source gives none (deleted account).</summary>
    public ContributionActor? Author { get; init; }

    /// <summary>Who merged it (<c>pull_request.merged_by</c>); null when the source gives none.</summary>
    public ContributionActor? MergedBy { get; init; }

    /// <summary>The number of commits in the pull request (<c>pull_request.commits</c>).</summary>
    public required int Commits { get; init; }

    /// <summary>The owner part of <see cref="Repository"/>.</summary>
    public string Owner => Repository.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? Repository[..slash] : Repository;
}
