namespace Elections.Core.Configuration;

/// <summary>
/// How a voter may endorse a nomination pull request (nixos-anchor.md §3.3 used comments containing
/// <c>!endorse</c>; review approvals are the GitHub-native alternative).
/// </summary>
public enum EndorsementChannel
{
    /// <summary>An approving pull-request review.</summary>
    Review,

    /// <summary>A comment containing the endorse command.</summary>
    Comment,
}
