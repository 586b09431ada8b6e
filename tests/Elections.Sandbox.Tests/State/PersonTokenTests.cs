using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Elections.Sandbox.Tests.Admin;
using Elections.Sandbox.Tests.Contract;

namespace Elections.Sandbox.Tests.State;

/// <summary>
/// Person tokens (<c>POST /_sandbox/users/{login}/tokens</c>): the REST calls an outside scenario makes as the
/// election's people, each emitting the webhook GitHub would with that person as sender, answers checked
/// against GitHub's OpenAPI description.
/// </summary>
public sealed class PersonTokenTests : IAsyncLifetime, IDisposable
{
    private const string Repo = "/repos/nixos/election";

    private readonly WebhookReceiver _receiver = new();
    private SandboxWorld _world = null!;
    private AdminClient _admin = null!;

    public async Task InitializeAsync()
    {
        _world = await SandboxWorld.StartAsync(new SandboxServerOptions { WebhookUrl = _receiver.Url, WebhookSecret = "s", RecordResponses = true });
        _admin = new AdminClient(_world.Server.BaseUrl);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public void Dispose()
    {
        _admin?.Dispose();
        _receiver.Dispose();
    }

    [ContractFact]
    public async Task Nomination_AsPeople_EmitsWebhooksWithThemAsSenderAndAnswersMatchTheSpec()
    {
        using var carol = await PersonAsync("carol");
        using var bob = await PersonAsync("bob");
        using var alice = await PersonAsync("alice");

        var number = await OpenNominationAsync(carol, "carol");
        await PutFileAsync(carol, "candidates/carol.md", "---\nname: Carol\n---\nUpdated\n", "nominate-carol", await BlobShaAsync(carol, "candidates/carol.md", "nominate-carol"));
        var review = await bob.PostAsync($"{Repo}/pulls/{number}/reviews", """{"event":"APPROVE","body":"Endorsed"}""");
        var comment = await bob.PostAsync($"{Repo}/issues/{number}/comments", """{"body":"!endorse"}""");
        var commentId = comment.Body!["id"]!.GetValue<long>();
        var edited = await bob.SendAsync(HttpMethod.Patch, $"{Repo}/issues/comments/{commentId}", """{"body":"!unendorse"}""");
        var deleted = await bob.SendAsync(HttpMethod.Delete, $"{Repo}/issues/comments/{commentId}");
        var dismissed = await alice.SendAsync(HttpMethod.Put, $"{Repo}/pulls/{number}/reviews/{review.Body!["id"]}/dismissals", """{"message":"Conflict of interest"}""");
        var question = await bob.PostAsync($"{Repo}/issues", """{"title":"Question to candidates","body":"Why?","labels":["question"]}""");
        var closed = await carol.SendAsync(HttpMethod.Patch, $"{Repo}/pulls/{number}", """{"state":"closed"}""");
        await _world.Server.Webhooks.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Equal("APPROVED", review.Body["state"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent), (edited.Status, deleted.Status));
        Assert.Equal((HttpStatusCode.OK, "DISMISSED"), (dismissed.Status, dismissed.Body!["state"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.Created, "bob"), (question.Status, question.Body!["user"]!["login"]!.GetValue<string>()));
        Assert.Equal("closed", closed.Body!["state"]!.GetValue<string>());
        Assert.Equal(
            [
                "push.:carol", "pull_request.opened:carol", "push.:carol", "pull_request.synchronize:carol",
                "pull_request_review.submitted:bob", "issue_comment.created:bob", "issue_comment.edited:bob", "issue_comment.deleted:bob",
                "pull_request_review.dismissed:alice", "issues.opened:bob", "pull_request.closed:carol",
            ],
            _receiver.Received.Select(r => Describe(r.Event, r.Body)));
        var (problems, covered) = RecordedAnswers.Check(_world.Server.Requests);
        Assert.Empty(problems);
        Assert.Subset(covered, new HashSet<string>(StringComparer.Ordinal)
        {
            "POST /repos/{owner}/{repo}/git/refs", "PUT /repos/{owner}/{repo}/contents/{path}", "POST /repos/{owner}/{repo}/pulls",
            "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
            "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
            "POST /repos/{owner}/{repo}/issues", "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
        });
    }

    [Fact]
    public async Task CreatePull_BranchLeftMainEarlier_DiffHoldsOnlyTheBranchChanges()
    {
        using var carol = await PersonAsync("carol");
        var number = await OpenNominationAsync(carol, "carol");
        _world.Server.State.Push("nixos", "election", "main", "alice", "Roll update", new Dictionary<string, string?> { ["voters.json"] = "{\"1\":{}}\n" });

        var files = (await carol.GetAsync($"{Repo}/pulls/{number}/files")).Body!.AsArray();

        Assert.Equal(["candidates/carol.md"], files.Select(f => f!["filename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PutContent_PathWithEscapedSlash_IsTheSameFile()
    {
        // @octokit/rest sends {path} URL-encoded (candidates%2Fcarol.md); GitHub reads it as candidates/carol.md.
        using var carol = await PersonAsync("carol");
        await PutFileAsync(carol, "candidates%2Fcarol.md", "# carol\n", "main", null);

        var read = await carol.GetAsync($"{Repo}/contents/candidates%2Fcarol.md");

        Assert.Equal("candidates/carol.md", read.Body!["path"]!.GetValue<string>());
        Assert.Equal("candidates/carol.md", (await carol.GetAsync($"{Repo}/contents/candidates/carol.md")).Body!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateReview_NomineeApprovesOwnPullRequest_Is422()
    {
        using var carol = await PersonAsync("carol");
        var number = await OpenNominationAsync(carol, "carol");

        var approve = await carol.PostAsync($"{Repo}/pulls/{number}/reviews", """{"event":"APPROVE"}""");
        var noEvent = await carol.PostAsync($"{Repo}/pulls/{number}/reviews", """{"body":"hm"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, approve.Status);
        Assert.Equal("Can not approve your own pull request", approve.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noEvent.Status);
    }

    [Fact]
    public async Task ModerationByNonMaintainer_IsForbidden_AndInstallationTokenStillActsAsTheBot()
    {
        using var carol = await PersonAsync("carol");
        using var bob = await PersonAsync("bob");
        var number = await OpenNominationAsync(carol, "carol");
        var review = await bob.PostAsync($"{Repo}/pulls/{number}/reviews", """{"event":"APPROVE"}""");

        var dismissByNominee = await carol.SendAsync(HttpMethod.Put, $"{Repo}/pulls/{number}/reviews/{review.Body!["id"]}/dismissals", """{"message":"no"}""");
        var closeByOther = await bob.SendAsync(HttpMethod.Patch, $"{Repo}/pulls/{number}", """{"state":"closed"}""");
        var label = await bob.PostAsync($"{Repo}/issues/{number}/labels", """{"labels":["nomination"]}""");
        var checkRun = await bob.PostAsync($"{Repo}/check-runs", """{"name":"nomination","head_sha":"x"}""");
        var botComment = await _world.GitHub.Issues.CreateCommentAsync(SandboxWorld.Repo, number, "hello", "test:hello");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { dismissByNominee.Status, closeByOther.Status, label.Status, checkRun.Status });
        Assert.Equal(_world.Server.State.Bot.Login, botComment.Author.Login);
    }

    [Fact]
    public async Task MintToken_UnknownUser_Is404()
    {
        var minted = await _admin.PostAsync("/_sandbox/users/nobody/tokens");

        Assert.Equal(HttpStatusCode.NotFound, minted.Status);
    }

    private async Task<AdminClient> PersonAsync(string login)
    {
        var minted = await _admin.PostAsync($"/_sandbox/users/{login}/tokens");
        Assert.Equal(HttpStatusCode.Created, minted.Status);
        return new AdminClient(_world.Server.BaseUrl, minted.Body!["token"]!.GetValue<string>());
    }

    /// <summary>The minimal sequence docs/sandbox.md documents: a branch from main, a file on it, a pull request.</summary>
    private static async Task<int> OpenNominationAsync(AdminClient person, string login)
    {
        var main = (await person.GetAsync($"{Repo}/git/ref/heads/main")).Body!["object"]!["sha"]!.GetValue<string>();
        var branch = await person.PostAsync($"{Repo}/git/refs", $$"""{"ref":"refs/heads/nominate-{{login}}","sha":"{{main}}"}""");
        Assert.Equal(HttpStatusCode.Created, branch.Status);
        await PutFileAsync(person, $"candidates/{login}.md", $"# {login}\n", $"nominate-{login}", null);
        var pull = await person.PostAsync($"{Repo}/pulls", $$"""{"title":"Nominate {{login}}","head":"nominate-{{login}}","base":"main","body":"I run."}""");
        Assert.Equal(HttpStatusCode.Created, pull.Status);
        return pull.Body!["number"]!.GetValue<int>();
    }

    private static async Task PutFileAsync(AdminClient person, string path, string text, string branch, string? sha)
    {
        var body = new JsonObject { ["message"] = "Nominate", ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), ["branch"] = branch };
        if (sha is not null)
        {
            body["sha"] = sha;
        }

        var put = await person.SendAsync(HttpMethod.Put, $"{Repo}/contents/{path}", body.ToJsonString());
        Assert.True(put.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"PUT {path}: {put.Status} {put.Body}");
    }

    private static async Task<string> BlobShaAsync(AdminClient person, string path, string branch) =>
        (await person.GetAsync($"{Repo}/contents/{path}?ref={branch}")).Body!["sha"]!.GetValue<string>();

    private static string Describe(string name, byte[] body)
    {
        var json = JsonNode.Parse(body)!;
        return $"{name}.{json["action"]?.GetValue<string>()}:{json["sender"]!["login"]!.GetValue<string>()}";
    }
}
