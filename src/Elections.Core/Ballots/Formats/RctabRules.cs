using System.Globalization;
using System.Text.Json;
using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Turns the ballot rules of an RCTab contest configuration (e.g. the Minneapolis 2013
/// park board's <c>rctab_config.json</c>) into the reader's <see cref="CvrRules"/>:
/// <c>overvoteRule</c>, <c>maxSkippedRanksAllowed</c>, <c>maxRankingsAllowed</c>,
/// <c>exhaustOnDuplicateCandidate</c> and the source's <c>overvoteLabel</c>/<c>skippedRankLabel</c>.
/// </summary>
/// <remarks>
/// A committee that counts with RCTab keeps its contest configuration; given as the
/// <see cref="SettingKeys.CvrRules"/> setting it reads cast-vote records by exactly those rules. Only the ballot-reading rules are taken; the
/// count itself is the method's (<c>stv</c>, <c>irv</c>).
/// </remarks>
public static class RctabRules
{
    /// <summary>Reads the ballot rules of an RCTab configuration; a file that is not one is an <see cref="InvalidInputException"/>.</summary>
    public static CvrRules Parse(string json, string fileName)
    {
        try
        {
            return ParseDocument(json, fileName);
        }
        catch (JsonException exception)
        {
            throw new InvalidInputException(new Problem(fileName, checked((int)(exception.LineNumber ?? -1) + 1), "",
                "not valid JSON: give an RCTab contest configuration (.json) or a preset name: minneapolis, portland"));
        }
    }

    private static CvrRules ParseDocument(string json, string fileName)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("rules", out var rules))
        {
            throw new InvalidInputException(new Problem(fileName, 0, "rules",
                "no 'rules' object: this is not an RCTab contest configuration"));
        }

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
                var other => throw new InvalidInputException(new Problem(fileName, 0, "rules.overvoteRule",
                    $"'{other}' is not supported: use exhaustImmediately or alwaysSkipToNextRank")),
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
