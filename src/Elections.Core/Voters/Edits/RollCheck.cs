using Elections.Core.Validation;

namespace Elections.Core.Voters.Edits;

/// <summary>
/// Full validation of a roll text (docs/voters.md "Validation"): every parse problem and every cross-voter
/// problem, excluded ids included. Roll edits and automatic merges refuse any roll that has one
/// (nixos-anchor appendix A5: the 2024 auto-merge validated nothing).
/// </summary>
public static class RollCheck
{
    /// <summary>The parsed roll and every problem of <paramref name="text"/>, read as <paramref name="file"/>.</summary>
    public static VoterRollParseResult Check(string file, string text, IReadOnlyCollection<long> excludedIds, string excludedSource)
    {
        var parsed = VoterRollParser.Parse(file, text);
        return parsed with { Problems = [.. parsed.Problems, .. VoterRollValidator.Validate(parsed.Roll, excludedIds, excludedSource)] };
    }
}
