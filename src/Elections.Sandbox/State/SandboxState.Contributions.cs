using System.Globalization;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    /// <summary>
    /// Bulk-seeds merged pull requests for contribution harvests (<c>POST /_sandbox/repos/{owner}/{repo}/merged-pulls</c>):
    /// each item names <c>author</c> and <c>merged_by</c> logins (created when unknown; <c>[bot]</c> logins as bots),
    /// <c>commits</c>, <c>created_at</c> and <c>merged_at</c>, and optionally <c>commit_email</c> (the author e-mail in its
    /// commits). No webhooks are sent. Returns the numbers created.
    /// </summary>
    public JsonArray SeedMergedPulls(string owner, string name, JsonArray items)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var numbers = new JsonArray();
            foreach (var item in items.OfType<JsonObject>())
            {
                SandboxUser User(string key)
                {
                    var login = item[key]?.GetValue<string>() ?? throw new SandboxApiException(422, $"missing {key}");
                    return FindUser(login) ?? AddUser(login, login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) ? "Bot" : "User");
                }

                DateTimeOffset Time(string key) =>
                    DateTimeOffset.Parse(item[key]?.GetValue<string>() ?? throw new SandboxApiException(422, $"missing {key}"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

                var mergedAt = Time("merged_at");
                var issue = new SandboxIssue
                {
                    Id = NextId(),
                    Number = ++repo.LastNumber,
                    Title = $"Seeded pull request {repo.LastNumber}",
                    Author = User("author"),
                    State = "closed",
                    CreatedAt = item["created_at"] is null ? mergedAt : Time("created_at"),
                    UpdatedAt = mergedAt,
                    ClosedAt = mergedAt,
                };
                issue.Pull = new SandboxPull
                {
                    Id = NextId(),
                    HeadRef = $"seeded-{issue.Number}",
                    HeadSha = new string('0', 40),
                    BaseRef = repo.DefaultBranch,
                    BaseSha = new string('0', 40),
                    Merged = true,
                    MergedAt = mergedAt,
                    MergedBy = User("merged_by"),
                    CommitCount = item["commits"]?.GetValue<int>() ?? 1,
                    CommitEmail = item["commit_email"]?.GetValue<string>(),
                };
                repo.Issues[issue.Number] = issue;
                numbers.Add(issue.Number);
            }

            return numbers;
        }
    }
}
