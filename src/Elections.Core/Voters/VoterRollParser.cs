using System.Globalization;
using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>
/// Reads <c>voters.json</c> (format <c>elections/voters</c>, version 1; docs/voters.md) and
/// reports every structural problem at once: bad JSON, unknown fields with a did-you-mean, wrong
/// types and missing required fields, each with its line. Cross-voter rules are in
/// <see cref="VoterRollValidator"/>.
/// </summary>
public static class VoterRollParser
{
    private static readonly string[] TopFields = ["format", "version", "voters", "audit"];
    private static readonly string[] RequiredTopFields = ["format", "version", "voters"];
    private static readonly string[] VoterFields = ["id", "login", "email", "email_source", "source", "status", "note"];
    private static readonly string[] SourceFields = ["kind", "reason"];

    /// <summary>Parses <paramref name="text"/>, reporting problems against <paramref name="file"/>.</summary>
    public static VoterRollParseResult Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<Problem>();
        var voters = new List<Voter>();
        var audit = new List<RollAuditEntry>();
        if (!LocatedJson.TryRead(file, text, out var root, out var syntax))
        {
            problems.Add(syntax);
        }
        else
        {
            ReadTop(file, root, voters, audit, problems);
        }

        return new VoterRollParseResult(new VoterRoll { File = file, Voters = voters, Audit = audit }, problems);
    }

    private static void ReadTop(string file, JsonAt root, List<Voter> voters, List<RollAuditEntry> audit, List<Problem> problems)
    {
        if (root.Kind != JsonAtKind.Object)
        {
            problems.Add(new Problem(file, root.Line, "", $"the roll is {root.KindName}; it must be an object {{\"format\": \"{VoterRoll.FormatName}\", \"version\": 1, \"voters\": [...]}}"));
            return;
        }

        if (LooksLikeNixosMap(root))
        {
            problems.Add(new Problem(file, root.Line, "", $"this looks like the NixOS 2024 e-mail → id map, not an {VoterRoll.FormatName} roll; convert it with `elections voters import-nixos {file}`"));
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in root.Properties)
        {
            if (!TryFirst(file, property, seen, "", problems))
            {
                continue;
            }

            switch (property.Name)
            {
                case "format":
                    if (property.Value.Kind != JsonAtKind.String || property.Value.Text != VoterRoll.FormatName)
                    {
                        problems.Add(new Problem(file, property.Line, "format", $"must be \"{VoterRoll.FormatName}\""));
                    }

                    break;
                case "version":
                    if (property.Value.Kind != JsonAtKind.Number || property.Value.Text != "1")
                    {
                        problems.Add(new Problem(file, property.Line, "version", $"this tool reads version {VoterRoll.CurrentVersion} rolls; found {Show(property.Value)}. Set \"version\": 1 or upgrade the tool"));
                    }

                    break;
                case "voters":
                    ReadVoters(file, property.Value, voters, problems);
                    break;
                case "audit":
                    RollAuditReader.Read(file, property.Value, audit, problems);
                    break;
                default:
                    problems.Add(Unknown(file, property, "", TopFields));
                    break;
            }
        }

        foreach (var required in RequiredTopFields.Where(f => !seen.ContainsKey(f)))
        {
            problems.Add(new Problem(file, root.Line, required, $"missing; add \"{required}\" (see docs/voters.md)"));
        }
    }

    private static bool LooksLikeNixosMap(JsonAt root) =>
        root.Properties.Count > 0
        && root.Properties.All(p => !TopFields.Contains(p.Name, StringComparer.Ordinal)
            && p.Name.Contains('@', StringComparison.Ordinal)
            && p.Value.Kind is JsonAtKind.Number or JsonAtKind.String);

    private static void ReadVoters(string file, JsonAt value, List<Voter> voters, List<Problem> problems)
    {
        if (value.Kind != JsonAtKind.Array)
        {
            problems.Add(new Problem(file, value.Line, "voters", $"must be an array of voter objects, not {value.KindName}"));
            return;
        }

        for (var index = 0; index < value.Items.Count; index++)
        {
            var item = value.Items[index];
            var path = $"voters[{index}]";
            if (item.Kind != JsonAtKind.Object)
            {
                problems.Add(new Problem(file, item.Line, path, $"must be a voter object {{\"id\": …, \"login\": …, \"status\": …}}, not {item.KindName}"));
                continue;
            }

            if (ReadVoter(file, path, item, problems) is { } voter)
            {
                voters.Add(voter);
            }
        }
    }

    private static Voter? ReadVoter(string file, string path, JsonAt item, List<Problem> problems)
    {
        long? id = null;
        string login = "", email = "", emailSource = "", note = "";
        VoterStatus? status = null;
        VoterSource? source = null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in item.Properties)
        {
            if (!TryFirst(file, property, seen, path + ".", problems))
            {
                continue;
            }

            var field = $"{path}.{property.Name}";
            var value = property.Value;
            switch (property.Name)
            {
                case "id":
                    id = ReadId(file, field, value, problems);
                    break;
                case "login":
                    login = ReadString(file, field, value, problems);
                    if (login.Length > 0 && !GitHubLogin.IsWellFormed(login))
                    {
                        problems.Add(new Problem(file, value.Line, field, $"\"{login}\" is not a GitHub login (letters, digits and hyphens, at most {GitHubLogin.MaxLength}); use the account's current login"));
                    }

                    break;
                case "email":
                    email = ReadString(file, field, value, problems);
                    break;
                case "note":
                    note = ReadString(file, field, value, problems);
                    break;
                case "email_source":
                    emailSource = ReadString(file, field, value, problems);
                    break;
                case "status":
                    var text = ReadString(file, field, value, problems);
                    if (VoterRules.TryParseStatus(text, out var parsed))
                    {
                        status = parsed;
                    }
                    else if (value.Kind == JsonAtKind.String)
                    {
                        problems.Add(new Problem(file, value.Line, field, $"\"{text}\" is not a status{DidYouMean.Hint(text, VoterRules.StatusTexts)}; use one of {string.Join(", ", VoterRules.StatusTexts)}"));
                    }

                    break;
                case "source":
                    source = ReadSource(file, field, value, problems);
                    break;
                default:
                    problems.Add(Unknown(file, property, path + ".", VoterFields));
                    break;
            }
        }

        if (!seen.ContainsKey("status"))
        {
            problems.Add(new Problem(file, item.Line, path + ".status", $"missing; add \"status\": one of {string.Join(", ", VoterRules.StatusTexts)}"));
        }

        if (!seen.ContainsKey("source"))
        {
            problems.Add(new Problem(file, item.Line, path + ".source", "missing; add \"source\": {\"kind\": \"automatic\"} or {\"kind\": \"exception\", \"reason\": \"…\"}"));
        }

        return status is { } known
            ? new Voter { Id = id, Login = login, Email = email, EmailSource = emailSource, Note = note, Status = known, Source = source ?? VoterSource.Automatic, Line = item.Line }
            : null;
    }

    internal static long? ReadId(string file, string field, JsonAt value, List<Problem> problems)
    {
        if (value.Kind == JsonAtKind.Null)
        {
            return null;
        }

        if (value.Kind == JsonAtKind.Number && long.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        problems.Add(new Problem(file, value.Line, field, $"must be the numeric GitHub user id (a positive whole number), not {Show(value)}; find it with `gh api /users/LOGIN --jq .id`"));
        return null;
    }

    private static VoterSource? ReadSource(string file, string field, JsonAt value, List<Problem> problems)
    {
        if (value.Kind != JsonAtKind.Object)
        {
            problems.Add(new Problem(file, value.Line, field, $"must be an object {{\"kind\": \"automatic\"}} or {{\"kind\": \"exception\", \"reason\": \"…\"}}, not {value.KindName}"));
            return null;
        }

        string kind = "", reason = "";
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in value.Properties)
        {
            if (!TryFirst(file, property, seen, field + ".", problems))
            {
                continue;
            }

            switch (property.Name)
            {
                case "kind":
                    kind = ReadString(file, field + ".kind", property.Value, problems);
                    break;
                case "reason":
                    reason = ReadString(file, field + ".reason", property.Value, problems);
                    break;
                default:
                    problems.Add(Unknown(file, property, field + ".", SourceFields));
                    break;
            }
        }

        switch (kind)
        {
            case "automatic" when reason.Length > 0:
                problems.Add(new Problem(file, value.Line, field + ".reason", "only exceptions carry a reason; remove it or set \"kind\": \"exception\""));
                return VoterSource.Automatic;
            case "automatic":
                return VoterSource.Automatic;
            case "exception" when reason.Trim().Length == 0:
                problems.Add(new Problem(file, value.Line, field + ".reason", "an exception needs the reason the committee approved it; add \"reason\": \"…\""));
                return VoterSource.Exception(reason);
            case "exception":
                return VoterSource.Exception(reason);
            default:
                problems.Add(new Problem(file, value.Line, field + ".kind", $"must be \"automatic\" or \"exception\", not {(kind.Length == 0 ? "missing" : $"\"{kind}\"")}{DidYouMean.Hint(kind, ["automatic", "exception"])}"));
                return null;
        }
    }

    internal static string ReadString(string file, string field, JsonAt value, List<Problem> problems)
    {
        switch (value.Kind)
        {
            case JsonAtKind.String:
                return value.Text;
            case JsonAtKind.Null:
                return "";
            default:
                problems.Add(new Problem(file, value.Line, field, $"must be a string, not {Show(value)}; put the value in double quotes"));
                return "";
        }
    }

    internal static bool TryFirst(string file, JsonPropertyAt property, Dictionary<string, int> seen, string prefix, List<Problem> problems)
    {
        if (seen.TryGetValue(property.Name, out var first))
        {
            problems.Add(new Problem(file, property.Line, prefix + property.Name, $"appears twice (first on line {first}); keep one"));
            return false;
        }

        seen[property.Name] = property.Line;
        return true;
    }

    internal static Problem Unknown(string file, JsonPropertyAt property, string prefix, IReadOnlyList<string> known) =>
        new(file, property.Line, prefix + property.Name, $"unknown field{DidYouMean.Hint(property.Name, known)}; known fields: {string.Join(", ", known)}");

    internal static string Show(JsonAt value) => value.Kind switch
    {
        JsonAtKind.String => $"the string \"{value.Text}\"",
        JsonAtKind.Number or JsonAtKind.Boolean or JsonAtKind.Null => value.Text,
        _ => value.KindName,
    };
}
