using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.App.Presentation;

namespace Elections.App.Voting;

/// <summary>
/// <c>voting/ballots.json</c>, written by <c>elections voting import</c> (docs/voting.md "Ballots back"): the stored
/// file, its format and SHA-256, the number of ballots and the candidates as the file names them.
/// </summary>
public sealed record BallotsRecord(string Election, string File, string Format, string Sha256, long Ballots, IReadOnlyList<string> Candidates)
{
    /// <summary>The record as indented JSON, snake_case, with <c>format_version</c>.</summary>
    public string Render()
    {
        var json = new JsonObject
        {
            [JsonFormat.Field] = JsonFormat.Version,
            ["election"] = Election,
            ["file"] = File,
            ["format"] = Format,
            ["sha256"] = Sha256,
            ["ballots"] = Ballots,
            ["candidates"] = new JsonArray([.. Candidates.Select(c => (JsonNode)c)]),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Reads a record back; false when the text is not one.</summary>
    public static bool TryParse(string text, out BallotsRecord record)
    {
        record = new BallotsRecord("", "", "", "", 0, []);
        try
        {
            if (JsonNode.Parse(text) is not JsonObject root || root["sha256"] is null || root["file"] is null)
            {
                return false;
            }

            record = new BallotsRecord(
                root["election"]?.GetValue<string>() ?? "",
                root["file"]!.GetValue<string>(),
                root["format"]?.GetValue<string>() ?? "",
                root["sha256"]!.GetValue<string>(),
                root["ballots"]?.GetValue<long>() ?? 0,
                [.. (root["candidates"] as JsonArray ?? []).Select(c => c?.GetValue<string>() ?? "")]);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>What differs from <paramref name="earlier"/>, in words; empty when both are the same file.</summary>
    public IReadOnlyList<string> DifferencesFrom(BallotsRecord earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.Sha256 == Sha256)
        {
            return [];
        }

        var lines = new List<string> { $"sha256 {earlier.Sha256} → {Sha256}" };
        if (earlier.Ballots != Ballots)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"ballots {earlier.Ballots} → {Ballots}"));
        }

        if (earlier.Format != Format)
        {
            lines.Add($"format {earlier.Format} → {Format}");
        }

        lines.AddRange(Candidates.Except(earlier.Candidates, StringComparer.Ordinal).Select(c => $"candidate added: {c}"));
        lines.AddRange(earlier.Candidates.Except(Candidates, StringComparer.Ordinal).Select(c => $"candidate removed: {c}"));
        if (lines.Count == 1)
        {
            lines.Add("same ballot count and candidates: the rankings differ");
        }

        return lines;
    }
}
