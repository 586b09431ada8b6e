using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Cli.Ballots;

/// <summary>The unranked rule as commands read it from a flag and print it.</summary>
internal static class UnrankedRules
{
    /// <summary>Parses <c>last</c> or <c>incomparable</c>; null when the flag was not given.</summary>
    public static UnrankedPolicy? Parse(string? value, string flag) => value?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "LAST" => UnrankedPolicy.Last,
        "INCOMPARABLE" => UnrankedPolicy.Incomparable,
        _ => throw new InvalidInputException(new Problem(flag, 0, "", $"'{value}' is not an unranked rule; use last or incomparable")),
    };

    /// <summary>The rule's name as the flag takes it.</summary>
    public static string Name(UnrankedPolicy rule) => rule == UnrankedPolicy.Incomparable ? "incomparable" : "last";

    /// <summary>The rule in words: <c>incomparable (No opinion)</c>, <c>tied last</c>.</summary>
    public static string Describe(UnrankedPolicy rule) => rule == UnrankedPolicy.Incomparable ? "incomparable (No opinion)" : "tied last";

    /// <summary>How a comparison reads a file whose unranked candidates mean <paramref name="rule"/>.</summary>
    public static UnrankedMatching Matching(UnrankedPolicy rule) =>
        rule == UnrankedPolicy.Incomparable ? UnrankedMatching.Incomparable : UnrankedMatching.Last;
}
