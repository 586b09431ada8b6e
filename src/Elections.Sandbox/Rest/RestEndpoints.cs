using Elections.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Elections.Sandbox.Rest;

/// <summary>The emulated REST API: the routes the Elections client calls, shaped like api.github.com.</summary>
internal static class RestEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapPost("/app/installations/{installation_id}/access_tokens", (string installation_id) => Http.Json(state.MintInstallationToken(Http.Long(installation_id)), 201));

        app.MapGet("/user/{account_id}", (string account_id) => Http.Json(state.GetUserById(Http.Long(account_id))));
        app.MapGet("/users/{username}", (string username) => Http.Json(state.GetUserByLogin(username)));

        app.MapGet("/orgs/{org}/memberships/{username}", (string org, string username) => Http.Json(state.GetOrgMembership(org, username)));
        app.MapGet("/orgs/{org}/members", (HttpContext c, string org) => Http.Page(c, state.ListOrgMembers(org)));
        app.MapGet("/orgs/{org}/repos", (HttpContext c, string org) => Http.Page(c, state.ListOrgRepositories(org)));
        app.MapGet("/orgs/{org}/invitations", (HttpContext c, string org) => Http.Page(c, state.ListInvitations(org, failed: false)));
        app.MapGet("/orgs/{org}/failed_invitations", (HttpContext c, string org) => Http.Page(c, state.ListInvitations(org, failed: true)));
        app.MapPost("/orgs/{org}/invitations", async (HttpContext c, string org) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var inviteeId = body["invitee_id"]?.GetValue<long>() ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "invitee_id", "OrganizationInvitation");
            var teams = body["team_ids"] is System.Text.Json.Nodes.JsonArray ids ? ids.Select(n => n!.GetValue<long>()).ToList() : [];
            return Http.Json(state.CreateInvitation(org, inviteeId, body.Text("role") ?? "direct_member", teams), 201);
        });
        app.MapDelete("/orgs/{org}/invitations/{invitation_id}", (string org, string invitation_id) =>
        {
            state.CancelInvitation(org, Http.Long(invitation_id));
            return Results.NoContent();
        });
        app.MapGet("/orgs/{org}/blocks/{username}", (string org, string username) =>
        {
            state.CheckBlocked(org, username);
            return Results.NoContent();
        });
        app.MapGet("/orgs/{org}/blocks", (HttpContext c, string org) => Http.Page(c, state.ListBlocked(org)));

        app.MapGet("/orgs/{org}/teams/{team_slug}", (string org, string team_slug) => Http.Json(state.GetTeam(org, team_slug)));
        app.MapGet("/orgs/{org}/teams/{team_slug}/members", (HttpContext c, string org, string team_slug) =>
            Http.Page(c, state.ListTeamMembers(org, team_slug, c.Request.Query["role"].FirstOrDefault() ?? "all")));
        app.MapGet("/orgs/{org}/teams/{team_slug}/invitations", (HttpContext c, string org, string team_slug) => Http.Page(c, state.ListTeamInvitations(org, team_slug)));
        app.MapGet("/orgs/{org}/teams/{team_slug}/memberships/{username}", (string org, string team_slug, string username) =>
            Http.Json(state.GetTeamMembership(org, team_slug, username)));
        app.MapPut("/orgs/{org}/teams/{team_slug}/memberships/{username}", async (HttpContext c, string org, string team_slug, string username) =>
        {
            var role = c.Request.ContentLength is > 0 ? (await Http.BodyAsync(c.Request)).Text("role") : null;
            return Http.Json(state.AddTeamMembership(org, team_slug, username, role ?? "member"));
        });
        app.MapDelete("/orgs/{org}/teams/{team_slug}/memberships/{username}", (string org, string team_slug, string username) =>
        {
            state.RemoveTeamMembership(org, team_slug, username);
            return Results.NoContent();
        });

        app.MapGet("/repos/{owner}/{repo}", (string owner, string repo) => Http.Json(state.GetRepository(owner, repo)));
        app.MapGet("/repos/{owner}/{repo}/contents/{**path}", (HttpContext c, string owner, string repo, string? path) =>
            Http.Json(state.GetContent(owner, repo, Uri.UnescapeDataString(path ?? ""), c.Request.Query["ref"].FirstOrDefault())));
        app.MapGet("/repos/{owner}/{repo}/git/ref/{**ref}", (string owner, string repo, string @ref) => Http.Json(state.GetRef(owner, repo, Uri.UnescapeDataString(@ref))));
        app.MapPut("/repos/{owner}/{repo}/contents/{**path}", async (HttpContext c, string owner, string repo, string path) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var content = body.Text("content") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "content", "Content");
            var message = body.Text("message") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "message", "Content");
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(content);
            }
            catch (FormatException)
            {
                throw new SandboxApiException(422, "content is not valid Base64", "invalid", "content", "Content");
            }

            var committer = body["committer"] as System.Text.Json.Nodes.JsonObject;
            var (json, created) = state.PutContent(owner, repo, Uri.UnescapeDataString(path), bytes, message, body.Text("sha"), body.Text("branch"), committer?.Text("name"), committer?.Text("email"));
            return Http.Json(json, created ? 201 : 200);
        });

        app.MapGet("/repos/{owner}/{repo}/pulls", (HttpContext c, string owner, string repo) =>
        {
            var q = c.Request.Query;
            return Http.Page(c, state.ListPulls(owner, repo, q["state"].FirstOrDefault() ?? "open", q["sort"].FirstOrDefault() ?? "created", q["direction"].FirstOrDefault() ?? "desc"));
        });
        app.MapPost("/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", async (HttpContext c, string owner, string repo, string pull_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.ChangeRequestedTeams(owner, repo, Http.Int(pull_number), body.Strings("reviewers"), body.Strings("team_reviewers"), add: true), 201);
        });
        app.MapDelete("/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", async (HttpContext c, string owner, string repo, string pull_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.ChangeRequestedTeams(owner, repo, Http.Int(pull_number), body.Strings("reviewers"), body.Strings("team_reviewers"), add: false));
        });
        app.MapGet("/repos/{owner}/{repo}/pulls/{pull_number}", (string owner, string repo, string pull_number) => Http.Json(state.GetPull(owner, repo, Http.Int(pull_number))));
        app.MapPatch("/repos/{owner}/{repo}/pulls/{pull_number}", async (HttpContext c, string owner, string repo, string pull_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.UpdatePull(owner, repo, Http.Int(pull_number), body.Text("title"), body.Text("body"), body.Text("state")));
        });
        app.MapGet("/repos/{owner}/{repo}/pulls/{pull_number}/commits", (HttpContext c, string owner, string repo, string pull_number) =>
            Http.Page(c, state.ListPullCommits(owner, repo, Http.Int(pull_number))));
        app.MapGet("/repos/{owner}/{repo}/pulls/{pull_number}/files", (HttpContext c, string owner, string repo, string pull_number) =>
            Http.Page(c, state.ListPullFiles(owner, repo, Http.Int(pull_number))));
        app.MapGet("/repos/{owner}/{repo}/pulls/{pull_number}/reviews", (HttpContext c, string owner, string repo, string pull_number) =>
            Http.Page(c, state.ListReviews(owner, repo, Http.Int(pull_number))));
        app.MapPut("/repos/{owner}/{repo}/pulls/{pull_number}/merge", async (HttpContext c, string owner, string repo, string pull_number) =>
        {
            var body = c.Request.ContentLength is > 0 ? await Http.BodyAsync(c.Request) : [];
            return Http.Json(state.MergePull(owner, repo, Http.Int(pull_number), body.Text("sha"), body.Text("merge_method"), body.Text("commit_title")));
        });

        app.MapGet("/repos/{owner}/{repo}/issues", (HttpContext c, string owner, string repo) =>
        {
            var q = c.Request.Query;
            return Http.Page(c, state.ListIssues(owner, repo, q["state"].FirstOrDefault() ?? "open", q["creator"].FirstOrDefault(), Http.Since(c.Request), q["direction"].FirstOrDefault() == "asc"));
        });
        app.MapPost("/repos/{owner}/{repo}/issues", async (HttpContext c, string owner, string repo) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.CreateIssue(owner, repo, body.Text("title") ?? "", body.Text("body"), body.Strings("labels")), 201);
        });
        app.MapGet("/repos/{owner}/{repo}/issues/{issue_number}", (string owner, string repo, string issue_number) => Http.Json(state.GetIssue(owner, repo, Http.Int(issue_number))));
        app.MapPatch("/repos/{owner}/{repo}/issues/{issue_number}", async (HttpContext c, string owner, string repo, string issue_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.UpdateIssue(owner, repo, Http.Int(issue_number), body.Text("title"), body.Text("body"), body.Text("state")));
        });
        app.MapPut("/repos/{owner}/{repo}/issues/{issue_number}/lock", async (HttpContext c, string owner, string repo, string issue_number) =>
        {
            var body = c.Request.ContentLength is > 0 ? await Http.BodyAsync(c.Request) : [];
            state.LockIssue(owner, repo, Http.Int(issue_number), body.Text("lock_reason"));
            return Results.NoContent();
        });
        app.MapGet("/repos/{owner}/{repo}/issues/{issue_number}/timeline", (HttpContext c, string owner, string repo, string issue_number) =>
            Http.Page(c, state.ListTimeline(owner, repo, Http.Int(issue_number))));
        app.MapGet("/repos/{owner}/{repo}/issues/{issue_number}/comments", (HttpContext c, string owner, string repo, string issue_number) =>
            Http.Page(c, state.ListComments(owner, repo, Http.Int(issue_number), Http.Since(c.Request))));
        app.MapPost("/repos/{owner}/{repo}/issues/{issue_number}/comments", async (HttpContext c, string owner, string repo, string issue_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.CreateComment(owner, repo, Http.Int(issue_number), body.Text("body") ?? ""), 201);
        });
        app.MapPatch("/repos/{owner}/{repo}/issues/comments/{comment_id}", async (HttpContext c, string owner, string repo, string comment_id) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.UpdateCommentBody(owner, repo, Http.Long(comment_id), body.Text("body") ?? ""));
        });

        app.MapGet("/repos/{owner}/{repo}/labels", (HttpContext c, string owner, string repo) => Http.Page(c, state.ListLabels(owner, repo)));
        app.MapGet("/repos/{owner}/{repo}/labels/{name}", (string owner, string repo, string name) => Http.Json(state.GetLabel(owner, repo, name)));
        app.MapPost("/repos/{owner}/{repo}/labels", async (HttpContext c, string owner, string repo) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.CreateLabel(owner, repo, body.Text("name") ?? "", body.Text("color"), body.Text("description")), 201);
        });
        app.MapPost("/repos/{owner}/{repo}/issues/{issue_number}/labels", async (HttpContext c, string owner, string repo, string issue_number) =>
            Http.Json(state.AddLabels(owner, repo, Http.Int(issue_number), await Http.LabelNamesAsync(c.Request))));
        app.MapDelete("/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", (string owner, string repo, string issue_number, string name) =>
            Http.Json(state.RemoveLabel(owner, repo, Http.Int(issue_number), name)));

        app.MapPost("/repos/{owner}/{repo}/check-runs", async (HttpContext c, string owner, string repo) =>
            Http.Json(state.CreateCheckRun(owner, repo, await Http.BodyAsync(c.Request)), 201));
        app.MapPatch("/repos/{owner}/{repo}/check-runs/{check_run_id}", async (HttpContext c, string owner, string repo, string check_run_id) =>
            Http.Json(state.UpdateCheckRun(owner, repo, Http.Long(check_run_id), await Http.BodyAsync(c.Request))));

        app.MapGet("/search/issues", (HttpContext c) =>
        {
            var q = c.Request.Query["q"].FirstOrDefault() ?? throw new SandboxApiException(422, "Validation Failed", "missing", "q", "Search");
            var (total, items) = state.SearchIssues(q);
            return Http.Json(new System.Text.Json.Nodes.JsonObject
            {
                ["total_count"] = total,
                ["incomplete_results"] = false,
                ["search_type"] = "lexical",
                ["items"] = Http.Slice(c, items),
            });
        });

        app.MapPost("/graphql", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var variables = body["variables"] as System.Text.Json.Nodes.JsonObject ?? [];
            var query = body.Text("query");
            return Http.Json(query is not null && query.TrimStart().StartsWith("mutation", StringComparison.Ordinal)
                ? state.GraphQlMutation(query, variables)
                : state.GraphQl(query, variables.Text("q"), variables.Text("after")));
        });
    }
}
