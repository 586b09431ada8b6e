namespace Elections.Core.Tally;

/// <summary>
/// How a fixed-point operation drops digits beyond its precision. Each counting method names the
/// mode its rule prescribes (tally.md §1.4–1.6): Scottish STV and ERS97 ignore remainders
/// (<see cref="Truncate"/>), OpenSTV keep factors and the PR Foundation / NZ Meek vote shares round
/// up (<see cref="Ceiling"/>).
/// </summary>
public enum FixedPointRounding
{
    /// <summary>Drop the remainder (toward zero; the values counted are never negative).</summary>
    Truncate,

    /// <summary>Round up to the next unit when any remainder is left.</summary>
    Ceiling,
}
