using Elections.Core.Ballots.Formats;
using Elections.Core.Tally.PostCount;

namespace Elections.Core.Tally.Settings;

/// <summary>What a <c>tally</c> was asked: the flags given (null when not given), the election, the ballot file.</summary>
public sealed record CountRequest
{
    /// <summary>The ballot file as read.</summary>
    public required BallotFile Ballots { get; init; }

    /// <summary>The ballot file's path as the user gave it.</summary>
    public required string BallotPath { get; init; }

    /// <summary>What the election's repository says, when <c>--election</c> was given.</summary>
    public ElectionCountRules? Election { get; init; }

    /// <summary><c>--method</c>.</summary>
    public string? Method { get; init; }

    /// <summary><c>--seats</c>.</summary>
    public int? Seats { get; init; }

    /// <summary><c>--quota</c>.</summary>
    public QuotaKind? Quota { get; init; }

    /// <summary><c>--unranked</c>.</summary>
    public UnrankedPolicy? Unranked { get; init; }

    /// <summary><c>--long-terms</c>.</summary>
    public int? LongTerms { get; init; }

    /// <summary>The groups of <c>--conflicts FILE</c>, with the file's path; null when not given.</summary>
    public (string Path, IReadOnlyList<ConflictGroup> Groups)? Conflicts { get; init; }
}
