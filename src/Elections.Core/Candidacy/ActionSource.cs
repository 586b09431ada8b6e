namespace Elections.Core.Candidacy;

/// <summary>Where an action was given: a conversation comment, a review, or the pull request itself (opened, reopened).</summary>
public enum ActionSource
{
    /// <summary>A comment on the pull request's conversation.</summary>
    Comment,

    /// <summary>A pull-request review.</summary>
    Review,

    /// <summary>The pull request itself (a late reopen).</summary>
    PullRequest,
}
