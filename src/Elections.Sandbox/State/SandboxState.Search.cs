using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    /// <summary>GitHub serves at most this many search results.</summary>
    public const int SearchCap = 1000;

    /// <summary>
    /// GET /search/issues: supports repo:, org:, user:, is:(pr|issue|open|closed|merged|unmerged), type:,
    /// state:, label:, -label:, author:, involves:, created:/merged: ranges and free words (title or body).
    /// </summary>
    public (int Total, JsonArray Items) SearchIssues(string query)
    {
        lock (_gate)
        {
            var matches = Search(query).ToList();
            var items = new JsonArray();
            foreach (var (repo, issue) in matches.Take(SearchCap))
            {
                var json = Shapes.Issue(repo, issue);
                json["score"] = 1.0;
                items.Add(json);
            }

            return (matches.Count, items);
        }
    }

    /// <summary>POST /graphql: answers the merged-pull-request search the client sends (other queries get an error).</summary>
    public JsonObject GraphQl(string? query, string? q, string? after)
    {
        lock (_gate)
        {
            if (query is null || !query.Contains("search(", StringComparison.Ordinal) || q is null)
            {
                return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = "The Sandbox only answers the search query used for contribution data", ["type"] = "UNSUPPORTED" }) };
            }

            var matches = Search(q).Where(m => m.Issue.Pull is not null).ToList();
            var offset = after is null ? 0 : int.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture);
            var reachable = Math.Min(matches.Count, SearchCap);
            var page = matches.Skip(offset).Take(Math.Max(0, Math.Min(100, reachable - offset))).ToList();
            var end = offset + page.Count;
            JsonNode? Actor(SandboxUser? user)
            {
                if (user is null || user.Deleted)
                {
                    return null;
                }

                return new JsonObject { ["__typename"] = user.Type == "Bot" ? "Bot" : "User", ["login"] = user.Login, ["databaseId"] = user.Id };
            }

            var nodes = new JsonArray();
            foreach (var (repo, issue) in page)
            {
                nodes.Add(new JsonObject
                {
                    ["number"] = issue.Number,
                    ["createdAt"] = Shapes.Time(issue.CreatedAt),
                    ["mergedAt"] = Shapes.Time(issue.Pull!.MergedAt),
                    ["repository"] = new JsonObject { ["nameWithOwner"] = repo.FullName },
                    ["author"] = Actor(issue.Author),
                    ["mergedBy"] = Actor(issue.Pull.MergedBy),
                    ["commits"] = new JsonObject { ["totalCount"] = issue.Pull.CommitCount },
                });
            }

            return new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["search"] = new JsonObject
                    {
                        ["issueCount"] = matches.Count,
                        ["pageInfo"] = new JsonObject
                        {
                            ["hasNextPage"] = end < reachable,
                            ["endCursor"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(end.ToString(CultureInfo.InvariantCulture))),
                        },
                        ["nodes"] = nodes,
                    },
                },
            };
        }
    }

    private IEnumerable<(SandboxRepository Repo, SandboxIssue Issue)> Search(string query)
    {
        var terms = Tokenize(query);
        var all = _repos.Values.SelectMany(r => r.Issues.Values.Select(i => (Repo: r, Issue: i)));
        var orgs = terms.Where(t => t.Key == "org" || t.Key == "user").Select(t => t.Value).ToList();
        if (orgs.Count > 0)
        {
            all = all.Where(x => orgs.Contains(x.Repo.Owner.Login, StringComparer.OrdinalIgnoreCase));
        }

        foreach (var (key, value, negated) in terms.Where(t => t.Key is not ("org" or "user")))
        {
            Func<SandboxRepository, SandboxIssue, bool> predicate = key switch
            {
                "repo" => (r, _) => string.Equals(r.FullName, value, StringComparison.OrdinalIgnoreCase),
                "is" or "type" or "state" => (_, i) => value switch
                {
                    "pr" => i.Pull is not null,
                    "issue" => i.Pull is null,
                    "open" => i.State == "open",
                    "closed" => i.State == "closed",
                    "merged" => i.Pull?.Merged == true,
                    "unmerged" => i.Pull is not null && !i.Pull.Merged,
                    _ => true,
                },
                "label" => (_, i) => i.Labels.Any(l => string.Equals(l.Name, value, StringComparison.OrdinalIgnoreCase)),
                "author" => (_, i) => string.Equals(i.Author.Login, value, StringComparison.OrdinalIgnoreCase),
                "involves" => (_, i) => string.Equals(i.Author.Login, value, StringComparison.OrdinalIgnoreCase)
                    || i.Comments.Any(c => string.Equals(c.Author.Login, value, StringComparison.OrdinalIgnoreCase)),
                "created" => (_, i) => InRange(i.CreatedAt, value),
                "merged" => (_, i) => i.Pull?.MergedAt is { } at && InRange(at, value),
                "in" => (_, _) => true,
                _ => (_, i) => i.Title.Contains(value, StringComparison.OrdinalIgnoreCase) || (i.Body ?? "").Contains(value, StringComparison.OrdinalIgnoreCase),
            };
            all = all.Where(x => predicate(x.Repo, x.Issue) != negated);
        }

        return all.OrderBy(x => x.Issue.CreatedAt).ThenBy(x => x.Repo.FullName, StringComparer.Ordinal).ThenBy(x => x.Issue.Number);
    }

    private static bool InRange(DateTimeOffset value, string range)
    {
        static DateTimeOffset Parse(string text, bool end)
        {
            var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return end && !text.Contains('T', StringComparison.Ordinal) ? parsed.AddDays(1).AddTicks(-1) : parsed;
        }

        var parts = range.Split("..");
        if (parts.Length == 2)
        {
            return (parts[0] == "*" || value >= Parse(parts[0], false)) && (parts[1] == "*" || value <= Parse(parts[1], true));
        }

        return range.StartsWith(">=", StringComparison.Ordinal) ? value >= Parse(range[2..], false)
            : range.StartsWith('>') ? value > Parse(range[1..], true)
            : range.StartsWith("<=", StringComparison.Ordinal) ? value <= Parse(range[2..], true)
            : range.StartsWith('<') ? value < Parse(range[1..], false)
            : value >= Parse(range, false) && value <= Parse(range, true);
    }

    private static List<(string Key, string Value, bool Negated)> Tokenize(string query)
    {
        var terms = new List<(string, string, bool)>();
        var current = new StringBuilder();
        var quoted = false;
        void Flush()
        {
            var token = current.ToString();
            current.Clear();
            if (token.Length == 0)
            {
                return;
            }

            var negated = token.StartsWith('-');
            if (negated)
            {
                token = token[1..];
            }

            var colon = token.IndexOf(':', StringComparison.Ordinal);
            terms.Add(colon > 0 ? (token[..colon].ToLowerInvariant(), token[(colon + 1)..], negated) : ("text", token, negated));
        }

        foreach (var c in query)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return terms;
    }
}
