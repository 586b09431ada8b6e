using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// A ballot file as read: the ballots, the format they were read as, and what a count needs to
/// know about that format (its documented treatment of unranked candidates) plus every warning.
/// </summary>
public sealed record BallotFile
{
    /// <summary>The ballots.</summary>
    public required BallotBox Ballots { get; init; }

    /// <summary>The format the file was read as (detected, or forced by the caller).</summary>
    public required BallotFormat Format { get; init; }

    /// <summary>
    /// How the format says candidates left unranked compare: <see cref="UnrankedPolicy.Last"/> for
    /// BLT (OpaVote, OpenSTV), Debian and CVR; <see cref="UnrankedPolicy.Incomparable"/> for CIVS
    /// ballots (<c>No opinion</c>). A count uses it when its options say <see cref="UnrankedPolicy.Default"/>.
    /// </summary>
    public required UnrankedPolicy DefaultUnranked { get; init; }

    /// <summary>Things read but not used, or read by a fallback rule; each names its line.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>
    /// Rank positions the file marks as skipped (BLT <c>-</c>, CVR skipped ranks) and that were
    /// closed up, so the next ranked candidate moved up one place.
    /// </summary>
    public long SkippedRanks { get; init; }

    /// <summary>Ballots that rank no one (after CVR overvote and skipped-rank rules); they stay in the box.</summary>
    public long EmptyBallots { get; init; }
}
