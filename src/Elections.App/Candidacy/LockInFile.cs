using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;

namespace Elections.App.Candidacy;

/// <summary>
/// The files finalisation publishes on the default branch (docs/candidacy.md "Lock-in record"):
/// <c>voting/lock-in.json</c>, <c>voting/conflicts.yml</c> (the count's group caps, the format of
/// <c>elections tally --conflicts</c>) and <c>voting/candidates.md</c> (the public list with the conflict pairs).
/// </summary>
public static class LockInFile
{
    public const string Path = "voting/lock-in.json";
    public const string ConflictsPath = "voting/conflicts.yml";
    public const string ListPath = "voting/candidates.md";
    public const string Format = "elections/lock-in";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(ElectionConfig config, IReadOnlyList<LockInCandidate> candidates, IReadOnlyList<ConflictPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(pairs);
        var record = new JsonObject
        {
            ["format"] = Format,
            ["version"] = 1,
            ["election"] = config.Slug,
            ["repository"] = $"{config.Organization}/{config.Repository}",
            ["endorsements_close"] = config.Timeline.EndorsementsClose.ToString(),
            ["sha256"] = LockIn.ListDigest(candidates),
            ["candidates"] = new JsonArray([.. candidates.OrderBy(c => c.Login, StringComparer.Ordinal).Select(c => (JsonNode)new JsonObject
            {
                ["login"] = c.Login,
                ["id"] = c.Id,
                ["name"] = c.Name,
                ["file"] = c.File,
                ["sha256"] = c.Sha256,
            })]),
            ["conflict_pairs"] = new JsonArray([.. pairs.Select(p => (JsonNode)new JsonObject
            {
                ["first"] = p.First.Login,
                ["second"] = p.Second.Login,
                ["groups"] = new JsonArray([.. p.Groups.Select(g => (JsonNode)g)]),
            })]),
        };
        return record.ToJsonString(Indented) + "\n";
    }

    /// <summary>Reads a lock-in record back: its candidates and list digest; false with the reason when it is not one.</summary>
    public static bool TryParse(string text, out IReadOnlyList<LockInCandidate> candidates, out string sha256, out string problem)
    {
        candidates = [];
        sha256 = "";
        try
        {
            var root = JsonNode.Parse(text) as JsonObject;
            if (root?["format"]?.GetValue<string>() != Format || root["candidates"] is not JsonArray list)
            {
                problem = $"not a lock-in record: expected \"format\": \"{Format}\" and a \"candidates\" list";
                return false;
            }

            sha256 = root["sha256"]?.GetValue<string>() ?? "";
            candidates = [.. list.OfType<JsonObject>().Select(c => new LockInCandidate(
                c["login"]?.GetValue<string>() ?? "", c["id"]?.GetValue<long>() ?? 0, c["name"]?.GetValue<string>() ?? "", c["file"]?.GetValue<string>() ?? "", c["sha256"]?.GetValue<string>() ?? ""))];
            problem = "";
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            problem = $"not valid JSON: {exception.Message}";
            return false;
        }
    }

    /// <summary>The count's conflict groups: each group holding two or more candidates, members by ballot name, capped at <c>max_elected_per_group</c>.</summary>
    public static string RenderConflicts(IReadOnlyList<ConflictGroup> groups, IReadOnlyList<LockInCandidate> candidates, ConflictOfInterestRules rules)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(rules);
        var byId = candidates.ToDictionary(c => c.Id);
        var text = new System.Text.StringBuilder("# Conflict groups among the candidates, for `elections tally --conflicts` (written by `elections candidates finalise`).\ngroups:\n");
        if (groups.Count == 0)
        {
            return text.Replace("groups:\n", "groups: []\n").ToString();
        }

        foreach (var group in groups)
        {
            text.Append($"  - name: {JsonSerializer.Serialize(group.Name)}\n    max: {rules.MaxElectedPerGroup}\n    members: [")
                .Append(string.Join(", ", group.MemberIds.Select(id => JsonSerializer.Serialize(byId[id].Name.Length > 0 ? byId[id].Name : byId[id].Login))))
                .Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>The public candidate list with the conflict pairs, published before voting.</summary>
    public static string RenderList(ElectionConfig config, IReadOnlyList<LockInCandidate> candidates, IReadOnlyList<ConflictPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(pairs);
        var text = new System.Text.StringBuilder($"# Candidates: {config.Name}\n\n");
        foreach (var c in candidates.OrderBy(c => c.Login, StringComparer.Ordinal))
        {
            text.Append($"- {(c.Name.Length > 0 ? c.Name : c.Login)} (@{c.Login}): [{c.File}](../{c.File})\n");
        }

        text.Append("\n## Conflicts of interest between candidates\n\n");
        text.Append(pairs.Count == 0
            ? "None declared by the committee.\n"
            : string.Concat(pairs.Select(p => $"- @{p.First.Login} and @{p.Second.Login}: {string.Join(", ", p.Groups)}\n")));
        text.Append($"\nAt most {config.ConflictsOfInterest.MaxElectedPerGroup} candidate(s) of one conflict group can be elected; the count drops the lowest-placed beyond that.\n");
        return text.ToString();
    }
}
