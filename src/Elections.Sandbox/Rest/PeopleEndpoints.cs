using Elections.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Elections.Sandbox.Rest;

/// <summary>
/// Routes a person calls with a person token (<c>POST /_sandbox/users/{login}/tokens</c>) to do what people do:
/// create a branch, open a pull request, review, dismiss a review, delete a comment. Shaped like api.github.com;
/// the webhook each emits names the caller as its sender.
/// </summary>
internal static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapPost("/repos/{owner}/{repo}/git/refs", async (HttpContext c, string owner, string repo) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var fullRef = body.Text("ref") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "ref", "Reference");
            var sha = body.Text("sha") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "sha", "Reference");
            return Http.Json(state.CreateRef(owner, repo, fullRef, sha), 201);
        });
        app.MapPost("/repos/{owner}/{repo}/pulls", async (HttpContext c, string owner, string repo) =>
        {
            var body = await Http.BodyAsync(c.Request);
            var head = body.Text("head") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "head", "PullRequest");
            var baseRef = body.Text("base") ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "base", "PullRequest");
            var draft = body["draft"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var d) && d;
            return Http.Json(state.CreatePull(owner, repo, body.Text("title") ?? "", head, baseRef, body.Text("body"), draft), 201);
        });
        app.MapPost("/repos/{owner}/{repo}/pulls/{pull_number}/reviews", async (HttpContext c, string owner, string repo, string pull_number) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.CreateReview(owner, repo, Http.Int(pull_number), body.Text("event"), body.Text("body"), body.Text("commit_id")));
        });
        app.MapPut("/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals", async (HttpContext c, string owner, string repo, string pull_number, string review_id) =>
        {
            var body = await Http.BodyAsync(c.Request);
            return Http.Json(state.DismissReview(owner, repo, Http.Int(pull_number), Http.Long(review_id), body.Text("message")));
        });
        app.MapDelete("/repos/{owner}/{repo}/issues/comments/{comment_id}", (string owner, string repo, string comment_id) =>
        {
            state.DeleteComment(owner, repo, Http.Long(comment_id));
            return Results.NoContent();
        });
    }
}
