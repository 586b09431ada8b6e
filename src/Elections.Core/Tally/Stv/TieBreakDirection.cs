namespace Elections.Core.Tally.Stv;

/// <summary>Which earlier rounds decide a tie (tally.md §1.9).</summary>
public enum TieBreakDirection
{
    /// <summary>The most recent earlier round where the tied candidates' votes differ (Scottish r49/r51, OpenSTV "Backward").</summary>
    Backward,

    /// <summary>The first round where they differ (ERS97 5.2.3, NZ Meek "ahead at first difference").</summary>
    Forward,
}
