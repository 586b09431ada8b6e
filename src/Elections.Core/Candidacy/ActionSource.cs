namespace Elections.Core.Candidacy;

/// <summary>Where an action was given: a conversation comment or a review.</summary>
public enum ActionSource
{
    /// <summary>A comment on the pull request's conversation.</summary>
    Comment,

    /// <summary>A pull-request review.</summary>
    Review,
}
