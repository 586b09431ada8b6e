using System.Globalization;
using System.Text.Json;
using Elections.Core.Ballots.Formats;

namespace Elections.Conformance;

/// <summary>
/// Turns the ballot rules of an RCTab contest configuration (<c>extra.rules</c>, e.g.
/// minneapolis-2013/park-board/rctab_config.json) into the reader's <see cref="CvrRules"/>:
/// <c>overvoteRule</c>, <c>maxSkippedRanksAllowed</c>, <c>maxRankingsAllowed</c>,
/// <c>exhaustOnDuplicateCandidate</c> and the source's <c>overvoteLabel</c>/<c>skippedRankLabel</c>.
/// </summary>
internal static class RctabRules
{
    public static CvrRules Parse(string json, string fileName)
    {
        using var document = JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("rules");
        var source = document.RootElement.TryGetProperty("cvrFileSources", out var sources) && sources.GetArrayLength() > 0
            ? sources[0]
            : default;
        return new CvrRules
        {
            Name = Text(rules, "rulesDescription") is { Length: > 0 } description ? description : fileName,
            OvervoteLabels = Labels(source, "overvoteLabel", "overvote"),
            SkippedLabels = Labels(source, "skippedRankLabel", "undervote"),
            Overvote = Text(rules, "overvoteRule") switch
            {
                "exhaustImmediately" => OvervoteRule.ExhaustImmediately,
                "alwaysSkipToNextRank" => OvervoteRule.SkipToNextRank,
                var other => throw new FormatException($"{fileName}: overvoteRule '{other}' has no CvrRules equivalent"),
            },
            MaxSkippedRanksAllowed = Limit(rules, "maxSkippedRanksAllowed"),
            MaxRankingsAllowed = Limit(rules, "maxRankingsAllowed"),
            ExhaustOnDuplicateCandidate = rules.TryGetProperty("exhaustOnDuplicateCandidate", out var duplicate) && duplicate.ValueKind == JsonValueKind.True,
        };
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ToString().Trim() : "";

    private static IReadOnlyList<string> Labels(JsonElement source, string name, string fallback) =>
        [Text(source, name) is { Length: > 0 } label ? label : fallback];

    // RCTab writes "" or "unlimited"/"max" for no limit.
    private static int? Limit(JsonElement rules, string name) =>
        int.TryParse(Text(rules, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
