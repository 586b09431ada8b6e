using System.Net;
using System.Text;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Infrastructure.Tests.Store;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>The endpoint's answers to good and bad requests, against the real host and a real SQLite file.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private readonly RecordingGitHub _gitHub = new();
    private TestDatabase _database = null!;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        _host = await RunningHost.StartAsync(_database.Setting, _gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.MaxBodyBytes}=65536");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_SignedPingComment_Answers202AndPostsPong()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-1", CommentPayloads.Create(501, "!ping please"));

        using var response = await _host.Client.SendAsync(request);
        await _host.WaitProcessedAsync(["d-1"]);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var comment = Assert.Single(_gitHub.Comments);
        Assert.Equal(("acme/election", 7, "pong (@alice)"), (comment.Repository.FullName, comment.Number, comment.Body));
        var audit = Assert.Single(await _host.Store.ReadAuditAsync(10, CancellationToken.None));
        Assert.Equal(("alice", "ping:acme/election:501", "d-1"), (audit.Actor, audit.Subject, audit.DeliveryId));
    }

    [Fact]
    public async Task Post_WrongSignature_Answers401AndLogs()
    {
        using var request = Deliveries.Signed("not-the-secret", "issue_comment", "d-bad", CommentPayloads.Create(1, "!ping"));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(_host.Logs.Contains("Rejected delivery d-bad (issue_comment) with 401: signature mismatch"));
        Assert.Equal(DeliveryState.Unknown, (await _host.Store.GetDeliveryAsync("d-bad", CancellationToken.None)).State);
    }

    [Fact]
    public async Task Post_NoSignature_Answers401()
    {
        using var request = Deliveries.Unsigned("issue_comment", "d-unsigned", Encoding.UTF8.GetBytes(CommentPayloads.Create(1, "!ping")));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(_host.Logs.Contains("with 401: signature missing"));
    }

    [Fact]
    public async Task Post_SignedGarbageJson_Answers400AndLogs()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-garbage", "{\"action\": \"created\", \"comment\": [}");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(_host.Logs.Contains("Rejected delivery d-garbage (issue_comment) with 400: the body is not a JSON object"));
    }

    [Fact]
    public async Task Post_SignedPayloadOctokitCannotRead_QueuedThenFailedOnceWithReason()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-partial", "{\"action\": \"created\"}");

        using var response = await _host.Client.SendAsync(request);
        await _host.WaitProcessedAsync(["d-partial"]);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await _host.Store.GetDeliveryAsync("d-partial", CancellationToken.None);
        Assert.Equal((DeliveryState.Failed, 1), (status.State, status.Attempts));
        Assert.StartsWith("payload is not a valid issue_comment event", status.Outcome, StringComparison.Ordinal);
        Assert.Empty(_gitHub.Comments);
    }

    [Fact]
    public async Task Post_OversizedBodyWithLength_Answers413AndLogs()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-big", new byte[70_000]);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(_host.Logs.Contains("Rejected delivery d-big (issue_comment) with 413"));
    }

    [Fact]
    public async Task Post_OversizedChunkedBody_Answers413()
    {
        using var request = Deliveries.Unsigned("issue_comment", "d-chunked", []);
        request.Content = new StreamContent(new MemoryStream(new byte[200_000]));
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownEvent_Answers200IgnoredAndLogs()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "star", "d-star", "{\"action\":\"created\"}");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ignored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(_host.Logs.Contains("Ignored delivery d-star: event star is not handled"));
    }

    [Fact]
    public async Task Post_Ping_Answers200()
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "ping", "d-ping", "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "d-1")]
    [InlineData("issue_comment", "")]
    [InlineData("issue_comment", "d 1\nforged log line")]
    public async Task Post_MissingOrMalformedHeaders_Answers400(string eventName, string deliveryId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiver.Path) { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation(WebhookReceiver.EventHeader, eventName);
        request.Headers.TryAddWithoutValidation(WebhookReceiver.DeliveryHeader, deliveryId);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_AfterBadRequests_HostStaysUpAndProcesses()
    {
        using (var bad = Deliveries.Signed("wrong", "issue_comment", "x-1", "{}"))
        using (var garbage = Deliveries.Signed(RunningHost.Secret, "issue_comment", "x-2", "not json"))
        using (var big = Deliveries.Signed(RunningHost.Secret, "issue_comment", "x-3", new byte[100_000]))
        {
            await _host.Client.SendAsync(bad);
            await _host.Client.SendAsync(garbage);
            await _host.Client.SendAsync(big);
        }

        using var health = await _host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var good = Deliveries.Signed(RunningHost.Secret, "issue_comment", "x-4", CommentPayloads.Create(9, "!ping"));
        using var response = await _host.Client.SendAsync(good);
        await _host.WaitProcessedAsync(["x-4"]);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(_gitHub.Comments);
    }

    [Fact]
    public async Task Post_SameDeliveryTwice_SecondIsDuplicate()
    {
        var payload = CommentPayloads.Create(77, "!ping");
        using var first = await _host.Client.SendAsync(Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-dup", payload));
        using var second = await _host.Client.SendAsync(Deliveries.Signed(RunningHost.Secret, "issue_comment", "d-dup", payload));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("duplicate", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BotsOwnComment_IsIgnored()
    {
        var byBot = CommentPayloads.Create(300, "!ping", sender: "elections[bot]");
        var viaApp = CommentPayloads.Create(301, "!ping", sender: "someone", viaAppId: 4242);
        using var first = await _host.Client.SendAsync(Deliveries.Signed(RunningHost.Secret, "issue_comment", "bot-1", byBot));
        using var second = await _host.Client.SendAsync(Deliveries.Signed(RunningHost.Secret, "issue_comment", "bot-2", viaApp));
        await _host.WaitProcessedAsync(["bot-1", "bot-2"]);

        Assert.Empty(_gitHub.Comments);
        Assert.StartsWith("ignored: sender elections[bot] is this bot", (await _host.Store.GetDeliveryAsync("bot-1", CancellationToken.None)).Outcome, StringComparison.Ordinal);
        Assert.StartsWith("ignored: performed via this App", (await _host.Store.GetDeliveryAsync("bot-2", CancellationToken.None)).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_Running_Answers200()
    {
        using var response = await _host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_AfterTraffic_NeverContainTheSecret()
    {
        using var good = await _host.Client.SendAsync(Deliveries.Signed(RunningHost.Secret, "issue_comment", "s-1", CommentPayloads.Create(5, "!ping")));
        using var bad = await _host.Client.SendAsync(Deliveries.Signed("wrong", "issue_comment", "s-2", "{}"));
        await _host.WaitProcessedAsync(["s-1"]);

        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains(RunningHost.Secret, StringComparison.Ordinal));
    }
}
