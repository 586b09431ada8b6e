using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    /// <summary>GitHub pins at most this many issues per repository.</summary>
    public const int MaxPinnedIssues = 3;

    /// <summary>
    /// POST /graphql with a mutation: answers <c>pinIssue(input: {issueId: $issueId})</c> with <c>{ issue { number } }</c>,
    /// as GitHub's schema shapes <c>PinIssuePayload</c>; other mutations, an unknown id, a pull request's id or a fourth
    /// pinned issue get GraphQL errors (HTTP 200, as GitHub answers them).
    /// </summary>
    public JsonObject GraphQlMutation(string query, JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(variables);
        if (!query.Contains("pinIssue(", StringComparison.Ordinal))
        {
            return GraphQlError("The Sandbox only answers the pinIssue mutation", "UNSUPPORTED");
        }

        lock (_gate)
        {
            var id = variables["issueId"]?.GetValue<string>() ?? "";
            var found = FindIssueByNodeId(id);
            if (found is not var (repo, issue) || issue.Pull is not null)
            {
                return GraphQlError($"Could not resolve to a node with the global id of '{id}'", "NOT_FOUND");
            }

            if (!issue.Pinned && repo.Issues.Values.Count(i => i.Pinned) >= MaxPinnedIssues)
            {
                return GraphQlError($"Repository can have at most {MaxPinnedIssues} pinned issues", "UNPROCESSABLE");
            }

            issue.Pinned = true;
            return new JsonObject { ["data"] = new JsonObject { ["pinIssue"] = new JsonObject { ["issue"] = new JsonObject { ["number"] = issue.Number } } } };
        }
    }

    /// <summary>The numbers of the pinned issues of a repository, for tests and the dashboard.</summary>
    public IReadOnlyList<int> PinnedIssues(string owner, string name)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            return [.. repo.Issues.Values.Where(i => i.Pinned).Select(i => i.Number).Order()];
        }
    }

    private (SandboxRepository Repo, SandboxIssue Issue)? FindIssueByNodeId(string nodeId)
    {
        string decoded;
        try
        {
            decoded = Encoding.ASCII.GetString(Convert.FromBase64String(nodeId));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!decoded.StartsWith("I:", StringComparison.Ordinal) || !long.TryParse(decoded[2..], out var issueId))
        {
            return null;
        }

        return _repos.Values.SelectMany(r => r.Issues.Values.Select(i => (Repo: r, Issue: i))).FirstOrDefault(p => p.Issue.Id == issueId) is { Repo: not null } hit ? hit : null;
    }

    private static JsonObject GraphQlError(string message, string type) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["type"] = type }) };
}
