using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

/// <summary>Re-running a check run from the pull request page: the App that made it gets <c>check_run.rerequested</c>.</summary>
public sealed partial class SandboxState
{
    /// <summary>
    /// POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest, by the acting user: emits <c>check_run.rerequested</c>
    /// with the run, its suite, and the open pull requests whose head is the run's commit, as GitHub sends it.
    /// </summary>
    public void RerequestCheckRun(string owner, string name, long id)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var run = repo.CheckRuns.GetValueOrDefault(id) ?? throw SandboxApiException.NotFound();
            var json = Shapes.CheckRun(repo, run, Bot, Options.AppId);
            var pulls = new JsonArray([.. repo.Issues.Values
                .Where(i => i.Pull is { } p && i.State == "open" && p.HeadSha == run.HeadSha)
                .OrderBy(i => i.Number)
                .Select(i => (JsonNode)new JsonObject
                {
                    ["url"] = $"{Shapes.Api}/repos/{repo.FullName}/pulls/{i.Number}",
                    ["id"] = i.Pull!.Id,
                    ["number"] = i.Number,
                    ["head"] = Ref(i.Pull.HeadRef, i.Pull.HeadSha),
                    ["base"] = Ref(i.Pull.BaseRef, i.Pull.BaseSha),
                })]);
            json["pull_requests"] = pulls;
            json["check_suite"] = new JsonObject
            {
                ["id"] = run.Id,
                ["node_id"] = $"CS_{run.Id}",
                ["head_branch"] = null,
                ["head_sha"] = run.HeadSha,
                ["status"] = run.Status,
                ["conclusion"] = run.Conclusion,
                ["url"] = $"{Shapes.Api}/repos/{repo.FullName}/check-suites/{run.Id}",
                ["before"] = null,
                ["after"] = null,
                ["pull_requests"] = pulls.DeepClone(),
                ["app"] = json["app"]!.DeepClone(),
                ["created_at"] = json["started_at"]!.DeepClone(),
                ["updated_at"] = (json["completed_at"] ?? json["started_at"])!.DeepClone(),
            };
            Emit("check_run", "rerequested", Caller, repo, null, new JsonObject { ["check_run"] = json });
        }

        JsonObject Ref(string gitRef, string sha) => new()
        {
            ["ref"] = gitRef,
            ["sha"] = sha,
            ["repo"] = new JsonObject { ["id"] = FindRepo(owner, name)!.Id, ["url"] = $"{Shapes.Api}/repos/{owner}/{name}", ["name"] = name },
        };
    }
}
