using System.Text.Json.Nodes;
using Elections.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Elections.Sandbox.Rest;

/// <summary>
/// Routes the election bot's handlers and outside clients call beyond the App's GitHub port: check runs
/// on a ref and by id, re-running one, an issue's labels, an organization's teams. Shaped like api.github.com.
/// </summary>
internal static class HandlerEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapGet("/repos/{owner}/{repo}/commits/{ref}/check-runs", (HttpContext c, string owner, string repo, string @ref) =>
        {
            var q = c.Request.Query;
            var runs = state.ListCheckRunsForRef(owner, repo, Uri.UnescapeDataString(@ref), q["check_name"].FirstOrDefault(), q["status"].FirstOrDefault(), q["filter"].FirstOrDefault());
            return Http.Json(new JsonObject { ["total_count"] = runs.Count, ["check_runs"] = Http.Slice(c, runs) });
        });
        app.MapGet("/repos/{owner}/{repo}/check-runs/{check_run_id}", (string owner, string repo, string check_run_id) =>
            Http.Json(state.GetCheckRun(owner, repo, Http.Long(check_run_id))));
        app.MapPost("/repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest", (string owner, string repo, string check_run_id) =>
        {
            state.RerequestCheckRun(owner, repo, Http.Long(check_run_id));
            return Http.Json(new JsonObject(), 201);
        });
        app.MapGet("/repos/{owner}/{repo}/issues/{issue_number}/labels", (HttpContext c, string owner, string repo, string issue_number) =>
            Http.Page(c, state.ListIssueLabels(owner, repo, Http.Int(issue_number))));
        app.MapGet("/orgs/{org}/teams", (HttpContext c, string org) => Http.Page(c, state.ListTeams(org)));
    }
}
