using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Elections.Core.Tally.Settings;

namespace Elections.App.Presentation.Tally;

/// <summary>
/// The JSON tally: <c>{"format_version", "method", "seats", "ballots", "valid", "winners", "ranking", "rounds", "ties"}</c>
/// plus <c>conflicts</c>, <c>terms</c> and <c>pairwise</c> when present. Vote counts are exact
/// decimals written as JSON numbers, never through floating point.
/// </summary>
public static partial class TallyJson
{
    /// <summary>
    /// Writes the JSON for <paramref name="view"/> to <paramref name="output"/>, indented; <paramref name="extra"/> adds
    /// fields after the count's (<c>results.json</c> adds the election, the ballots file and the elected with their terms).
    /// </summary>
    public static void Write(TallyView view, TextWriter output, Action<Utf8JsonWriter>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var r = view.Result;
            json.WriteStartObject();
            json.WriteNumber(JsonFormat.Field, JsonFormat.Version);
            json.WriteString("method", r.Method);
            json.WriteNumber("seats", r.Seats);
            json.WriteNumber("ballots", r.Ballots);
            json.WriteNumber("valid", r.Valid);
            Strings(json, "winners", r.Winners);
            Strings(json, "ranking", r.Ranking);
            json.WriteStartArray("settings");
            foreach (var setting in view.Settings)
            {
                json.WriteStartObject();
                json.WriteString("name", setting.Name);
                json.WriteString("value", setting.Value);
                json.WriteString("origin", Origin(setting.Origin));
                json.WriteString("source", setting.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rounds");
            foreach (var round in r.Rounds)
            {
                json.WriteStartObject();
                json.WriteNumber("number", round.Number);
                json.WriteStartObject("votes");
                foreach (var (name, votes) in round.Votes)
                {
                    Decimal(json, name, votes);
                }

                json.WriteEndObject();
                if (round.Threshold is not null)
                {
                    Decimal(json, "threshold", round.Threshold);
                }

                if (round.Exhausted is not null)
                {
                    Decimal(json, "exhausted", round.Exhausted);
                }

                Strings(json, "elected", round.Elected);
                Strings(json, "eliminated", round.Eliminated);
                json.WriteString("note", round.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("ties");
            foreach (var tie in r.Ties)
            {
                json.WriteStartObject();
                json.WriteNumber("round", tie.Round);
                Strings(json, "tied", tie.Tied);
                Strings(json, "chosen", tie.Chosen);
                json.WriteString("rule", tie.Rule);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (view.Outcome.Steps.Count > 0)
            {
                json.WriteStartArray("conflicts");
                foreach (var step in view.Outcome.Steps)
                {
                    json.WriteStartObject();
                    json.WriteString("group", step.Group);
                    Strings(json, "winners", step.Winners);
                    json.WriteString("dropped", step.Dropped);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (view.Terms is { } terms)
            {
                json.WriteStartObject("terms");
                Strings(json, "long", terms.Long);
                Strings(json, "short", terms.Short);
                json.WriteEndObject();
            }
            else if (view.WinnerTerms.Count > 0)
            {
                json.WriteStartArray("term_years");
                foreach (var (winner, years) in view.WinnerTerms)
                {
                    json.WriteStartObject();
                    json.WriteString("winner", winner);
                    json.WriteNumber("years", years);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (r.Pairwise is { } pairwise)
            {
                json.WriteStartObject("pairwise");
                Strings(json, "candidates", pairwise.Candidates);
                json.WriteStartArray("counts");
                foreach (var row in pairwise.Counts)
                {
                    json.WriteStartArray();
                    foreach (var count in row)
                    {
                        json.WriteNumberValue(count);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            extra?.Invoke(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Origin(SettingOrigin origin) => origin switch
    {
        SettingOrigin.Flag => "flag",
        SettingOrigin.ElectionConfig => "election_config",
        SettingOrigin.ConflictsFile => "conflicts_file",
        SettingOrigin.BallotFile => "ballot_file",
        SettingOrigin.Method => "method",
        _ => "default",
    };

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Decimal(Utf8JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        if (DecimalNumber().IsMatch(value))
        {
            json.WriteRawValue(value, skipInputValidation: false);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
