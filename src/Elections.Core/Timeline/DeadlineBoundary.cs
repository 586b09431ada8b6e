namespace Elections.Core.Timeline;

/// <summary>
/// Whether a plain Anywhere-on-Earth date marks the start or the end of a window
/// (DESIGN principle 7: deadlines are AoE, windows half-open [start, end)).
/// </summary>
public enum DeadlineBoundary
{
    /// <summary>The window closes at the end of the date in UTC−12, i.e. 12:00 UTC the next day.</summary>
    Closing,

    /// <summary>The window opens when the previous day ends in UTC−12, i.e. 12:00 UTC on the date.</summary>
    Opening,
}
