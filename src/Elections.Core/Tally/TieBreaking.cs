namespace Elections.Core.Tally;

/// <summary>
/// The last-resort tie-break every method in this folder documents: when the method's own rule
/// leaves candidates tied, they are ordered by name (ordinal, culture-free), so the result never
/// depends on the order of candidates in the ballot file. Every use is logged as a
/// <see cref="TieBreak"/> (DESIGN principle 8; tally.md §1.9).
/// </summary>
public static class TieBreaking
{
    /// <summary>The rule's wording in tie logs.</summary>
    public const string ByNameRule = "no counting rule separates them; ordered by name (ordinal), independent of file order";

    /// <summary>Sorts candidate indices by name (ordinal), then by index for identical names.</summary>
    public static int[] OrderByName(IEnumerable<int> candidates, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return candidates
            .OrderBy(c => names[c], StringComparer.Ordinal)
            .ThenBy(c => c)
            .ToArray();
    }
}
