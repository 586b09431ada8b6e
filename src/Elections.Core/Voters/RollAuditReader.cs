using System.Globalization;
using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>
/// Reads the optional <c>audit</c> section of <c>voters.json</c> (docs/voters.md "Audit section"), reporting
/// every problem with its line: unknown fields, a date that is not <c>YYYY-MM-DD</c>, an unknown action, a
/// missing reason, and an account move without its previous id or an http(s) proof link.
/// </summary>
internal static class RollAuditReader
{
    private static readonly string[] Fields = ["at", "action", "id", "previous_id", "login", "reason", "by", "proof"];

    public static void Read(string file, JsonAt value, List<RollAuditEntry> audit, List<Problem> problems)
    {
        if (value.Kind != JsonAtKind.Array)
        {
            problems.Add(new Problem(file, value.Line, "audit", $"must be an array of audit lines, not {value.KindName}"));
            return;
        }

        for (var index = 0; index < value.Items.Count; index++)
        {
            var item = value.Items[index];
            var path = $"audit[{index}]";
            if (item.Kind != JsonAtKind.Object)
            {
                problems.Add(new Problem(file, item.Line, path, $"must be an object {{\"at\": \"YYYY-MM-DD\", \"action\": …, \"reason\": …}}, not {item.KindName}"));
                continue;
            }

            if (ReadEntry(file, path, item, problems) is { } entry)
            {
                audit.Add(entry);
            }
        }
    }

    private static RollAuditEntry? ReadEntry(string file, string path, JsonAt item, List<Problem> problems)
    {
        DateOnly? at = null;
        RollChangeKind? action = null;
        long? id = null, previousId = null;
        string login = "", reason = "", by = "", proof = "";
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in item.Properties)
        {
            if (!VoterRollParser.TryFirst(file, property, seen, path + ".", problems))
            {
                continue;
            }

            var field = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "at":
                    at = ReadDate(file, field, property.Value, problems);
                    break;
                case "action":
                    action = ReadAction(file, field, property.Value, problems);
                    break;
                case "id":
                    id = VoterRollParser.ReadId(file, field, property.Value, problems);
                    break;
                case "previous_id":
                    previousId = VoterRollParser.ReadId(file, field, property.Value, problems);
                    break;
                case "login":
                    login = VoterRollParser.ReadString(file, field, property.Value, problems);
                    break;
                case "reason":
                    reason = VoterRollParser.ReadString(file, field, property.Value, problems);
                    break;
                case "by":
                    by = VoterRollParser.ReadString(file, field, property.Value, problems);
                    break;
                case "proof":
                    proof = VoterRollParser.ReadString(file, field, property.Value, problems);
                    break;
                default:
                    problems.Add(VoterRollParser.Unknown(file, property, path + ".", Fields));
                    break;
            }
        }

        if (reason.Trim().Length == 0)
        {
            problems.Add(new Problem(file, item.Line, path + ".reason", "missing; every audit line says why the change was made"));
        }

        if (id is null && login.Length == 0)
        {
            problems.Add(new Problem(file, item.Line, path + ".id", "missing; name the voter with \"id\" (or \"login\" for a voter without one)"));
        }

        if (action == RollChangeKind.AccountMove)
        {
            if (previousId is null)
            {
                problems.Add(new Problem(file, item.Line, path + ".previous_id", "missing; an account move records the old id"));
            }

            if (!IsWebLink(proof))
            {
                problems.Add(new Problem(file, item.Line, path + ".proof", "an account move needs an http(s) link proving both accounts are the same person (e.g. a comment from the old account)"));
            }
        }
        else if (previousId is not null)
        {
            problems.Add(new Problem(file, item.Line, path + ".previous_id", "only account moves have a previous id; remove it"));
        }

        if (proof.Length > 0 && !IsWebLink(proof))
        {
            problems.Add(new Problem(file, item.Line, path + ".proof", $"\"{proof}\" is not an http(s) link"));
        }

        if (!seen.ContainsKey("at"))
        {
            problems.Add(new Problem(file, item.Line, path + ".at", "missing; add the date of the decision as \"YYYY-MM-DD\""));
        }

        if (!seen.ContainsKey("action"))
        {
            problems.Add(new Problem(file, item.Line, path + ".action", $"missing; one of {string.Join(", ", RollChangeKinds.Texts)}"));
        }

        return at is { } day && action is { } kind
            ? new RollAuditEntry { At = day, Action = kind, Id = id, PreviousId = previousId, Login = login, Reason = reason, By = by, Proof = proof, Line = item.Line }
            : null;
    }

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static DateOnly? ReadDate(string file, string field, JsonAt value, List<Problem> problems)
    {
        if (value.Kind == JsonAtKind.String && DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(new Problem(file, value.Line, field, $"must be a date \"YYYY-MM-DD\", not {VoterRollParser.Show(value)}"));
        return null;
    }

    private static RollChangeKind? ReadAction(string file, string field, JsonAt value, List<Problem> problems)
    {
        if (value.Kind == JsonAtKind.String && RollChangeKinds.TryParse(value.Text, out var kind))
        {
            return kind;
        }

        problems.Add(new Problem(file, value.Line, field, $"{VoterRollParser.Show(value)} is not an action{DidYouMean.Hint(value.Text, RollChangeKinds.Texts)}; use one of {string.Join(", ", RollChangeKinds.Texts)}"));
        return null;
    }
}
