namespace Elections.Core.Ballots.Formats;

/// <summary>What an overvoted rank (two or more candidates marked at one rank) does to a ballot.</summary>
public enum OvervoteRule
{
    /// <summary>The ballot exhausts at the overvoted rank; the ranks before it still count (RCTab <c>exhaustImmediately</c>).</summary>
    ExhaustImmediately,

    /// <summary>The overvoted rank is passed over and the next rank counts (RCTab <c>alwaysSkipToNextRank</c>).</summary>
    SkipToNextRank,
}

/// <summary>
/// The local rules that turn a cast-vote record (one candidate name or marker per rank column) into
/// a ranked ballot. They are applied while reading, so the ballot box holds each voter's effective
/// preference order: ranks after an exhausting overvote or too long a gap are dropped, skipped
/// ranks are closed up, and a candidate ranked again later keeps only its first rank. Counting the
/// result with IRV/STV gives the same rounds as applying the rules during the count.
/// </summary>
public sealed record CvrRules
{
    /// <summary>A short name for messages (<c>minneapolis</c>, <c>portland</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Cell values meaning "more than one candidate marked at this rank" (case-insensitive).</summary>
    public IReadOnlyList<string> OvervoteLabels { get; init; } = ["overvote"];

    /// <summary>Cell values meaning "nothing marked at this rank" (case-insensitive); an empty cell always means that.</summary>
    public IReadOnlyList<string> SkippedLabels { get; init; } = ["undervote", "skipped"];

    /// <summary>What an overvote does.</summary>
    public OvervoteRule Overvote { get; init; } = OvervoteRule.ExhaustImmediately;

    /// <summary>
    /// The most consecutive skipped ranks allowed before a later ranking; a longer gap exhausts the
    /// ballot at the gap. Null: any gap is closed up.
    /// </summary>
    public int? MaxSkippedRanksAllowed { get; init; }

    /// <summary>The most rank columns read; later columns are ignored with a warning. Null: all.</summary>
    public int? MaxRankingsAllowed { get; init; }

    /// <summary>When true a candidate ranked a second time exhausts the ballot there; otherwise the repeat is passed over.</summary>
    public bool ExhaustOnDuplicateCandidate { get; init; }

    /// <summary>
    /// Minneapolis 2013 as RCTab's regression configuration encodes it
    /// (reference-elections/minneapolis-2013/mayor/rctab_config.json): <c>overvoteLabel</c>
    /// "overvote", <c>skippedRankLabel</c> "undervote", <c>overvoteRule</c> exhaustImmediately,
    /// <c>maxSkippedRanksAllowed</c> 1, <c>maxRankingsAllowed</c> 3,
    /// <c>exhaustOnDuplicateCandidate</c> false. <c>UWI</c> (undeclared write-in) is a candidate.
    /// </summary>
    public static CvrRules Minneapolis { get; } = new()
    {
        Name = "minneapolis",
        OvervoteLabels = ["overvote"],
        SkippedLabels = ["undervote"],
        Overvote = OvervoteRule.ExhaustImmediately,
        MaxSkippedRanksAllowed = 1,
        MaxRankingsAllowed = 3,
        ExhaustOnDuplicateCandidate = false,
    };

    /// <summary>
    /// Portland 2024 (City of Portland ranked-choice FAQ, portland.gov/vote/ranked-choice-voting):
    /// up to six rankings; a skipped ranking is closed up whatever its length; an overvoted ranking
    /// is passed over and the next ranking counts; ranking one candidate several times "does not
    /// help them" (only the first counts). Marker <c>skipped</c> as in the county's CVR export.
    /// </summary>
    public static CvrRules Portland { get; } = new()
    {
        Name = "portland",
        OvervoteLabels = ["overvote"],
        SkippedLabels = ["skipped"],
        Overvote = OvervoteRule.SkipToNextRank,
        MaxSkippedRanksAllowed = null,
        MaxRankingsAllowed = 6,
        ExhaustOnDuplicateCandidate = false,
    };
}
