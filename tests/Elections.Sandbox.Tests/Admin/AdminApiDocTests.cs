using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Elections.Sandbox.Tests.Admin;

/// <summary>docs/sandbox.md, called over HTTP exactly as it says: the route list, the worked example and each reference entry.</summary>
public sealed partial class AdminApiDocTests : IAsyncLifetime, IDisposable
{
    private const string Repo = "/_sandbox/repos/examplecoop/sc-election-2026";

    private SandboxServer _server = null!;
    private AdminClient _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _admin = new AdminClient(_server.BaseUrl);
        await SeedAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _admin?.Dispose();

    [Fact]
    public void Doc_AdminRoutes_ListsEveryRouteTheSandboxServes()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "sandbox.md"));
        var documented = DocumentedRoute().Matches(doc).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(_server.AdminRoutes.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public async Task WorkedExample_AsDocumented_DeliversSignedWebhooksRedeliversAdvancesTheClockAndInjectsAFault()
    {
        using var receiver = new WebhookReceiver();
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/webhook", $$"""{"url":"{{receiver.Url}}","secret":"dev-secret"}""")).Status);

        var zoe = await _admin.PostAsync("/_sandbox/users", """{"login":"zoe","id":1000099}""");
        var pull = await _admin.PostAsync($"{Repo}/pulls", """{"author":"zoe","title":"Nominate zoe","head":"nominate-zoe","files":{"candidates/zoe.md":"# Zoe\n"}}""");
        var comment = await _admin.PostAsync($"{Repo}/issues/1/comments", """{"author":"amara-okafor","body":"!endorse"}""");
        var review = await _admin.PostAsync($"{Repo}/pulls/1/reviews", """{"user":"bruno-lindqvist","state":"APPROVED","body":"Endorsed"}""");
        var flush = await _admin.PostAsync("/_sandbox/webhooks/flush");
        var deliveries = (await _admin.GetAsync("/_sandbox/deliveries")).Body!.AsArray();

        Assert.Equal((HttpStatusCode.Created, """{"id":1000099,"login":"zoe"}"""), (zoe.Status, zoe.Body!.ToJsonString()));
        Assert.Equal((HttpStatusCode.Created, 1), (pull.Status, pull.Body!["number"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Created, comment.Status);
        Assert.Equal(HttpStatusCode.Created, review.Status);
        Assert.Equal(HttpStatusCode.NoContent, flush.Status);
        Assert.Equal(
            ["pull_request.opened.200", "issue_comment.created.200", "pull_request_review.submitted.200"],
            deliveries.Select(d => $"{d!["event"]}.{d["action"]}.{d["status"]}"));
        Assert.All(receiver.Received, r => Assert.Equal("sha256=" + Convert.ToHexString(HMACSHA256.HashData("dev-secret"u8, r.Body)).ToLowerInvariant(), r.Signature));

        var id = deliveries.Single(d => d!["event"]!.GetValue<string>() == "issue_comment")!["id"]!.GetValue<string>();
        var redeliver = await _admin.PostAsync($"/_sandbox/deliveries/{id}/redeliver", "");
        await _admin.PostAsync("/_sandbox/webhooks/flush");

        Assert.Equal(HttpStatusCode.Accepted, redeliver.Status);
        Assert.Equal(2, receiver.Received.Count(r => r.Delivery == id));

        var before = _server.State.Now;
        var clock = await _admin.PostAsync("/_sandbox/clock", """{"advanceSeconds":86400}""");

        Assert.Equal(HttpStatusCode.OK, clock.Status);
        Assert.True(DateTimeOffset.Parse(clock.Body!["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= before.AddDays(1).AddSeconds(-1));

        var fault = await _admin.PostAsync("/_sandbox/faults", """{"method":"POST","path":"/repos/*/*/issues/*/comments","status":502}""");
        using var bot = new AdminClient(_server.BaseUrl, "any-token");
        var faulted = await bot.PostAsync("/repos/examplecoop/sc-election-2026/issues/1/comments", """{"body":"Thanks!"}""");
        var cleared = await _admin.SendAsync(HttpMethod.Delete, "/_sandbox/faults");
        var last = (await _admin.GetAsync("/_sandbox/requests")).Body!.AsArray()[^1]!;

        Assert.Equal(HttpStatusCode.NoContent, fault.Status);
        Assert.Equal(HttpStatusCode.BadGateway, faulted.Status);
        Assert.Equal(HttpStatusCode.NoContent, cleared.Status);
        Assert.Equal(
            """{"method":"POST","path":"/repos/examplecoop/sc-election-2026/issues/1/comments","status":502,"fault":"502"}""",
            new System.Text.Json.Nodes.JsonObject { ["method"] = last["method"]!.DeepClone(), ["path"] = last["path"]!.DeepClone(), ["status"] = last["status"]!.DeepClone(), ["fault"] = last["fault"]!.DeepClone() }.ToJsonString());
    }

    [Fact]
    public async Task PeopleAndOrganizations_AsDocumented_AnswerTheDocumentedStatuses()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/members", """{"login":"amara-okafor","role":"admin"}""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/teams", """{"slug":"voters-2026","name":"Voters 2026"}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/teams/voters-2026/members", """{"login":"bruno-lindqvist"}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/blocks", """{"login":"spammer"}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/users/bruno-lindqvist/rename", """{"login":"bruno-l"}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.SendAsync(HttpMethod.Delete, "/_sandbox/users/spammer")).Status);

        using var bot = new AdminClient(_server.BaseUrl, "any-token");
        Assert.Equal(HttpStatusCode.Created, (await bot.PostAsync("/orgs/examplecoop/invitations", """{"invitee_id":1000003}""")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/invitations/accept", """{"login":"chen-wei"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync("/_sandbox/orgs/examplecoop/invitations/accept", """{"login":"chen-wei"}""")).Status);

        var members = (await bot.GetAsync("/orgs/examplecoop/members")).Body!.AsArray().Select(m => m!["login"]!.GetValue<string>());
        Assert.Equal(["amara-okafor", "bruno-l", "chen-wei"], members.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await bot.GetAsync("/users/spammer")).Status);
    }

    [Fact]
    public async Task RepositoriesPullsAndComments_AsDocumented_AnswerTheDocumentedStatuses()
    {
        var push = await _admin.PostAsync($"{Repo}/push", """{"actor":"amara-okafor","message":"Add a note","files":{"NOTES.md":"notes\n"}}""");
        var pull = await _admin.PostAsync($"{Repo}/pulls", """{"author":"amara-okafor","title":"Nominate amara","head":"nominate-amara","files":{"candidates/amara.md":"# Amara\n"},"labels":["nomination"]}""");
        var commit = await _admin.PostAsync($"{Repo}/pulls/1/commits", """{"files":{"candidates/amara.md":"# Amara Okafor\n"}}""");
        var notMergeable = await _admin.PostAsync($"{Repo}/pulls/1/mergeable", """{"mergeable":false}""");
        var refused = await _admin.PostAsync($"{Repo}/pulls/1/merge", """{"login":"amara-okafor"}""");
        await _admin.PostAsync($"{Repo}/pulls/1/mergeable", """{"mergeable":true}""");
        var merged = await _admin.PostAsync($"{Repo}/pulls/1/merge", """{"login":"amara-okafor"}""");
        var issue = await _admin.PostAsync($"{Repo}/issues", """{"author":"bruno-lindqvist","title":"A question","body":"How?"}""");
        var comment = await _admin.PostAsync($"{Repo}/issues/2/comments", """{"author":"amara-okafor","body":"Like this."}""");
        var edit = await _admin.SendAsync(HttpMethod.Patch, $"{Repo}/comments/{comment.Body!["id"]}", """{"body":"Like this, see the docs."}""");

        Assert.Equal(HttpStatusCode.Created, push.Status);
        Assert.Equal(40, push.Body!["sha"]!.GetValue<string>().Length);
        Assert.Equal(HttpStatusCode.Created, pull.Status);
        Assert.Equal(HttpStatusCode.Created, commit.Status);
        Assert.Equal(HttpStatusCode.NoContent, notMergeable.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.Status);
        Assert.Equal(HttpStatusCode.OK, merged.Status);
        Assert.Equal((HttpStatusCode.Created, 2), (issue.Status, issue.Body!["number"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NoContent, edit.Status);
        using var bot = new AdminClient(_server.BaseUrl, "any-token");
        var file = await bot.GetAsync("/repos/examplecoop/sc-election-2026/contents/candidates/amara.md?ref=main");
        Assert.Equal(HttpStatusCode.OK, file.Status);
    }

    [Theory]
    [InlineData("/_sandbox/users", """{"name":"no login"}""", HttpStatusCode.UnprocessableEntity, "login")]
    [InlineData("/_sandbox/repos/examplecoop/sc-election-2026/pulls/1/reviews", """{"user":"amara-okafor","state":"LGTM"}""", HttpStatusCode.UnprocessableEntity, "state")]
    [InlineData("/_sandbox/webhook", """{"url":"not a url"}""", HttpStatusCode.UnprocessableEntity, "url")]
    [InlineData("/_sandbox/users", "{not json", HttpStatusCode.BadRequest, "")]
    [InlineData("/_sandbox/faults", "{not json", HttpStatusCode.BadRequest, "")]
    [InlineData("/_sandbox/deliveries/no-such-delivery/redeliver", "", HttpStatusCode.NotFound, "")]
    [InlineData("/_sandbox/repos/examplecoop/missing/issues", """{"author":"zoe","title":"t"}""", HttpStatusCode.NotFound, "")]
    public async Task BadRequests_AsDocumented_AnswerTheStatusAndNameTheField(string path, string json, HttpStatusCode status, string field)
    {
        await _admin.PostAsync($"{Repo}/pulls", """{"author":"amara-okafor","title":"t","head":"h"}""");

        var (answer, body) = await _admin.PostAsync(path, json);

        Assert.Equal(status, answer);
        Assert.Equal(field, body?["errors"]?[0]?["field"]?.GetValue<string>() ?? "");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Elections.sln not found above the test binaries");
    }

    [GeneratedRegex(@"^### (GET|POST|PUT|PATCH|DELETE) (/_sandbox/\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentedRoute();

    /// <summary>What the worked example gets from <c>--seed .</c>, made through the admin API.</summary>
    private async Task SeedAsync()
    {
        await _admin.PostAsync("/_sandbox/orgs", """{"login":"examplecoop"}""");
        foreach (var (login, id) in new[] { ("amara-okafor", 1000001), ("bruno-lindqvist", 1000002), ("chen-wei", 1000003), ("spammer", 9100002) })
        {
            await _admin.PostAsync("/_sandbox/users", $$"""{"login":"{{login}}","id":{{id}}}""");
        }

        var repo = await _admin.PostAsync("/_sandbox/repos", """{"owner":"examplecoop","name":"sc-election-2026","files":{"voters.json":"{}\n","config/election.yml":"name: x\n"}}""");
        Assert.Equal(HttpStatusCode.Created, repo.Status);
    }
}
