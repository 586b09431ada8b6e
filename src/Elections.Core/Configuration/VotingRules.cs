namespace Elections.Core.Configuration;

/// <summary>
/// Limits on the vote itself: the PSF bylaws allow a voting period of at most 60 days (more-peers.md,
/// PSF Board), and a yes/no question's approval threshold must be fixed before voting starts.
/// </summary>
public sealed record VotingRules
{
    /// <summary>The default for <see cref="MaxPeriodDays"/>.</summary>
    public const int DefaultMaxPeriodDays = 60;

    /// <summary>The longest allowed [voting_opens, voting_closes) window, in days.</summary>
    public int MaxPeriodDays { get; init; } = DefaultMaxPeriodDays;

    /// <summary>For yes/no votes, the threshold to pass; absent for candidate elections.</summary>
    public ApprovalThreshold? ApprovalThreshold { get; init; }
}
