namespace Elections.Core.Configuration;

/// <summary>
/// The counting-method names the tally accepts (tally.md), as written in <c>counting.method</c>.
/// </summary>
public static class CountingMethods
{
    /// <summary>Every accepted name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "plurality", "approval", "irv", "schulze", "ranked-pairs", "minimax", "civs-proportional",
        "debian", "meek", "meek-nz", "scottish-stv", "ers97", "stv",
    ];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/> (exact, lower case).</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);
}
