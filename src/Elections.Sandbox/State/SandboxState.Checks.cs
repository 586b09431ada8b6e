using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

/// <summary>The reads the election bot's handlers add: check runs by ref and id, an issue's labels, an organization's teams.</summary>
public sealed partial class SandboxState
{
    /// <summary>
    /// GET /repos/{owner}/{repo}/commits/{ref}/check-runs: the runs on the commit <paramref name="gitRef"/>
    /// (branch, refs/heads/ branch or sha) names, newest first; <c>filter=latest</c> (the default) keeps the newest run per name.
    /// </summary>
    public JsonArray ListCheckRunsForRef(string owner, string name, string gitRef, string? checkName, string? status, string? filter)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var commit = ResolveRef(repo, gitRef) ?? throw new SandboxApiException(422, $"No commit found for SHA: {gitRef}", "invalid", "ref", "CheckRun");
            var runs = repo.CheckRuns.Values
                .Where(r => r.HeadSha == commit.Sha)
                .Where(r => checkName is null || r.Name == checkName)
                .Where(r => status is null || r.Status == status)
                .OrderByDescending(r => r.Id)
                .ToList();
            if (filter is null or "latest")
            {
                runs = [.. runs.GroupBy(r => r.Name, StringComparer.Ordinal).Select(g => g.First()).OrderByDescending(r => r.Id)];
            }

            return [.. runs.Select(r => (JsonNode)Shapes.CheckRun(repo, r, Bot, Options.AppId))];
        }
    }

    /// <summary>GET /repos/{owner}/{repo}/check-runs/{check_run_id}.</summary>
    public JsonObject GetCheckRun(string owner, string name, long id)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            return Shapes.CheckRun(repo, repo.CheckRuns.GetValueOrDefault(id) ?? throw SandboxApiException.NotFound(), Bot, Options.AppId);
        }
    }

    /// <summary>GET /repos/{owner}/{repo}/issues/{issue_number}/labels.</summary>
    public JsonArray ListIssueLabels(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            return Shapes.Labels(repo, issue.Labels);
        }
    }

    /// <summary>GET /orgs/{org}/teams: every team, by name.</summary>
    public JsonArray ListTeams(string organization)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            return [.. org.Teams.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => (JsonNode)Shapes.TeamSimple(org, t))];
        }
    }
}
