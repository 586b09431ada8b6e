using System.Text.Json.Nodes;

namespace Elections.Tests.Support;

/// <summary>
/// <c>issue_comment.created</c> payloads as GitHub sends them: a recorded example from
/// @octokit/webhooks-examples (Fixtures/issue_comment.created.json) with the fields a test cares about replaced.
/// </summary>
internal static class CommentPayloads
{
    private static readonly Lazy<string> Template = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "issue_comment.created.json")));

    public static string Create(
        long commentId,
        string body,
        string sender = "alice",
        long? viaAppId = null,
        string repository = "acme/election",
        long issueNumber = 7,
        long installationId = 42)
    {
        var payload = JsonNode.Parse(Template.Value)!.AsObject();
        var user = User(payload["sender"]!.AsObject(), sender);
        var (owner, name) = (repository.Split('/')[0], repository.Split('/')[1]);

        var comment = payload["comment"]!.AsObject();
        comment["id"] = commentId;
        comment["body"] = body;
        comment["user"] = user.DeepClone();
        comment["performed_via_github_app"] = viaAppId is { } app
            ? new JsonObject
            {
                ["id"] = app,
                ["slug"] = "some-app",
                ["node_id"] = "MDM6QXBwMQ==",
                ["owner"] = user.DeepClone(),
                ["name"] = "Some App",
                ["external_url"] = "https://example.org",
                ["html_url"] = "https://github.com/apps/some-app",
            }
            : null;
        payload["issue"]!["number"] = issueNumber;
        payload["repository"]!["name"] = name;
        payload["repository"]!["full_name"] = repository;
        payload["repository"]!["owner"]!["login"] = owner;
        payload["installation"]!["id"] = installationId;
        payload["sender"] = user;
        return payload.ToJsonString();
    }

    private static JsonObject User(JsonObject template, string login)
    {
        var user = template.DeepClone().AsObject();
        user["login"] = login;
        user["id"] = 1000 + login.Sum(c => (long)c);
        user["type"] = login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User";
        return user;
    }
}
