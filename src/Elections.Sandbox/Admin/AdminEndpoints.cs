using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Sandbox.Faults;
using Elections.Sandbox.Rest;
using Elections.Sandbox.State;
using Elections.Sandbox.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Elections.Sandbox.Admin;

/// <summary>
/// <c>/_sandbox/...</c>: seed state, act as people (open PRs, comment, review, accept invitations),
/// configure webhooks, inject faults and read the request and delivery logs. Only loopback callers, or
/// callers with the admin token (<see cref="AdminGuard"/>). Documented in docs/sandbox.md: keep it stable.
/// </summary>
internal static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app, SandboxServer server)
    {
        var state = server.State;
        var admin = app.MapGroup("/_sandbox");
        admin.AddEndpointFilter(new AdminGuard(state.Options.AdminToken));

        admin.MapPost("/webhook", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var url = body.Text("url");
            Uri? target = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out target))
            {
                throw new SandboxApiException(422, "'url' must be an absolute URL such as http://127.0.0.1:8080/api/github/webhooks, or null to stop sending", "invalid", "url", "Sandbox");
            }

            server.Webhooks.Configure(target, body.Text("secret"));
            return Results.NoContent();
        });
        admin.MapPost("/clock", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            state.AdvanceClock(TimeSpan.FromSeconds(body["advanceSeconds"]?.GetValue<double>() ?? 0));
            return Http.Json(new JsonObject { ["now"] = Shapes.Time(state.Now) });
        });

        admin.MapPost("/users", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var user = state.AddUser(body.Required("login"), body.Text("type") ?? "User", body.Text("name"), body.Text("email"), body["id"]?.GetValue<long>());
            return Http.Json(new JsonObject { ["id"] = user.Id, ["login"] = user.Login }, 201);
        });
        admin.MapDelete("/users/{login}", (string login) =>
        {
            state.DeleteUser(login);
            return Results.NoContent();
        });
        admin.MapPost("/users/{login}/tokens", (string login) => Http.Json(new JsonObject { ["token"] = state.MintPersonToken(login) }, 201));
        admin.MapPost("/users/{login}/rename", async (HttpContext c, string login) =>
        {
            state.RenameUser(login, (await Http.BodyAsync(c.Request)).Required("login"));
            return Results.NoContent();
        });

        admin.MapPost("/orgs", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var org = state.AddOrganization(body.Required("login"), body["id"]?.GetValue<long>());
            return Http.Json(new JsonObject { ["id"] = org.Account.Id, ["login"] = org.Account.Login }, 201);
        });
        admin.MapPost("/orgs/{org}/members", async (HttpContext c, string org) =>
        {
            var body = await Http.BodyAsync(c.Request);
            state.SeedMember(org, body.Required("login"), body.Text("role") ?? "member");
            return Results.NoContent();
        });
        admin.MapPost("/orgs/{org}/teams", async (HttpContext c, string org) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var team = state.AddTeam(org, body.Required("slug"), body.Text("name"));
            return Http.Json(new JsonObject { ["id"] = team.Id, ["slug"] = team.Slug }, 201);
        });
        admin.MapPost("/orgs/{org}/teams/{slug}/members", async (HttpContext c, string org, string slug) =>
        {
            var body = await Http.BodyAsync(c.Request);
            state.SeedTeamMember(org, slug, body.Required("login"), body.Text("role") ?? "member");
            return Results.NoContent();
        });
        admin.MapPost("/orgs/{org}/blocks", async (HttpContext c, string org) =>
        {
            state.Block(org, (await Http.BodyAsync(c.Request)).Required("login"));
            return Results.NoContent();
        });
        admin.MapPost("/orgs/{org}/invitations/accept", async (HttpContext c, string org) =>
        {
            state.AcceptInvitation(org, (await Http.BodyAsync(c.Request)).Required("login"));
            return Results.NoContent();
        });

        admin.MapPost("/repos", async (HttpContext c) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var files = body.Changes().ToDictionary(f => f.Key, f => f.Value ?? "");
            var repo = state.AddRepository(body.Required("owner"), body.Required("name"), files, body.Text("defaultBranch") ?? "main", body["private"]?.GetValue<bool>() ?? false);
            return Http.Json(new JsonObject { ["id"] = repo.Id, ["full_name"] = repo.FullName }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/push", async (HttpContext c, string owner, string repo) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var sha = state.Push(owner, repo, body.Text("branch") ?? "main", body.Required("actor"), body.Text("message") ?? "Update", body.Changes());
            return Http.Json(new JsonObject { ["sha"] = sha }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/pulls", async (HttpContext c, string owner, string repo) =>
        {
            var b = await Http.BodyAsync(c.Request);
            var number = state.OpenPullRequest(
                owner, repo, b.Required("author"), b.Required("title"), b.Required("head"), b.Changes(), b.Text("body") ?? "", b["draft"]?.GetValue<bool>() ?? false, b.Text("base"), b.Strings("labels"));
            return Http.Json(new JsonObject { ["number"] = number }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/merged-pulls", async (HttpContext c, string owner, string repo) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["numbers"] = state.SeedMergedPulls(owner, repo, b["pulls"] as JsonArray ?? []) }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/pulls/{number}/commits", async (HttpContext c, string owner, string repo, string number) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["sha"] = state.PushToPullRequest(owner, repo, Http.Int(number), b.Changes(), b.Text("message") ?? "Update") }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/pulls/{number}/reviews", async (HttpContext c, string owner, string repo, string number) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["id"] = state.SubmitReview(owner, repo, Http.Int(number), b.Required("user"), ReviewState(b), b.Text("body") ?? "") }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/pulls/{number}/merge", async (HttpContext c, string owner, string repo, string number) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["sha"] = state.MergeAs(owner, repo, Http.Int(number), b.Required("login")) });
        });
        admin.MapPost("/repos/{owner}/{repo}/pulls/{number}/mergeable", async (HttpContext c, string owner, string repo, string number) =>
        {
            var b = await Http.BodyAsync(c.Request);
            state.SetMergeable(owner, repo, Http.Int(number), b["mergeable"]?.GetValue<bool>() ?? true);
            return Results.NoContent();
        });
        admin.MapPost("/repos/{owner}/{repo}/issues", async (HttpContext c, string owner, string repo) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["number"] = state.OpenIssue(owner, repo, b.Required("author"), b.Required("title"), b.Text("body") ?? "", b.Strings("labels")) }, 201);
        });
        admin.MapPost("/repos/{owner}/{repo}/issues/{number}/comments", async (HttpContext c, string owner, string repo, string number) =>
        {
            var b = await Http.BodyAsync(c.Request);
            return Http.Json(new JsonObject { ["id"] = state.Comment(owner, repo, Http.Int(number), b.Required("author"), b.Required("body")) }, 201);
        });
        admin.MapPatch("/repos/{owner}/{repo}/comments/{id}", async (HttpContext c, string owner, string repo, string id) =>
        {
            state.EditComment(owner, repo, Http.Long(id), (await Http.BodyAsync(c.Request)).Required("body"));
            return Results.NoContent();
        });

        admin.MapPost("/faults", async (HttpContext c) =>
        {
            SandboxFault fault;
            try
            {
                fault = await JsonSerializer.DeserializeAsync<SandboxFault>(c.Request.Body, Web) ?? new SandboxFault();
            }
            catch (JsonException exception)
            {
                throw new SandboxApiException(400, $"Problems parsing JSON: {exception.Message}");
            }
            server.Faults.Add(fault);
            return Results.NoContent();
        });
        admin.MapDelete("/faults", () =>
        {
            server.Faults.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/requests", () => Results.Json(server.Requests, Web));
        admin.MapGet("/deliveries", () => Results.Json(server.Webhooks.Deliveries, Web));
        admin.MapPost("/deliveries/{id}/redeliver", (string id) => server.Webhooks.Redeliver(id) ? Results.Accepted() : Results.NotFound());
        admin.MapPost("/webhooks/flush", async (CancellationToken ct) =>
        {
            await server.Webhooks.WaitForIdleAsync(ct);
            return Results.NoContent();
        });
    }

    private static string ReviewState(JsonObject body)
    {
        var state = (body.Text("state") ?? "APPROVED").ToUpperInvariant();
        return state is "APPROVED" or "CHANGES_REQUESTED" or "COMMENTED"
            ? state
            : throw new SandboxApiException(422, "'state' must be APPROVED, CHANGES_REQUESTED or COMMENTED (docs/sandbox.md)", "invalid", "state", "Sandbox");
    }
}
