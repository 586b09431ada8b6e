using System.Text.Json;
using System.Text.Json.Nodes;

namespace Elections.App.Voting;

/// <summary>
/// Reads <c>results/results.json</c> as <c>elections results</c> writes it (docs/voting.md "Results"): the elected with
/// place, name, login and term, and the ballots file with its SHA-256.
/// </summary>
public static class ResultsJson
{
    /// <summary>The file's path in the election repository.</summary>
    public const string Path = $"{VotingFiles.ResultsFolder}/results.json";

    /// <summary>The ballots' hash file beside it (<c>sha256sum -c</c> format).</summary>
    public const string Sha256Path = $"{VotingFiles.ResultsFolder}/ballots.sha256";

    /// <summary>The elected (login, name, term years) in order; empty when <paramref name="text"/> lists none or is not JSON.</summary>
    public static IReadOnlyList<(string Login, string Name, int TermYears)> Elected(string text)
    {
        if (Parse(text)?["elected"] is not JsonArray list)
        {
            return [];
        }

        return [.. list.Select(e => (Text(e?["login"]), Text(e?["name"]), e?["term_years"] is JsonValue years && years.TryGetValue<int>(out var value) ? value : 0))];
    }

    /// <summary>A top-level string field (<c>ballots_file</c>, <c>ballots_sha256</c>); empty when absent.</summary>
    public static string Field(string text, string name) => Text(Parse(text)?[name]);

    /// <summary>The root object; null when <paramref name="text"/> is not a JSON object.</summary>
    public static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
