using Elections.App.Effects;
using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Routing;
using Elections.App.Tests.Support;
using Elections.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Octokit.Webhooks.Events;

namespace Elections.App.Tests.Routing;

public sealed class EventRouterTests
{
    [Fact]
    public async Task RouteAsync_PingComment_AppliesCommentAndAudits()
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"));

        var effect = Assert.Single(report.Effects);
        Assert.Equal(("ping:acme/election:11", EffectStatus.Applied), (effect.IdempotencyKey, effect.Status));
        var applied = Assert.IsType<CommentEffect>(Assert.Single(harness.Applier.Applied));
        Assert.Equal(("acme/election", 7, "pong (@alice)"), (applied.Repository, applied.IssueNumber, applied.Body));
        var audit = Assert.Single(await harness.Store.ReadAuditAsync(10, CancellationToken.None));
        Assert.Equal(("alice", "ping on issue_comment.created"), (audit.Actor, audit.Reason));
    }

    [Fact]
    public async Task RouteAsync_SameEventFromTwoDeliveries_AppliesOnce()
    {
        await using var harness = await RouterHarness.CreateAsync();

        await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"), "d-1");
        var second = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"), "d-2");

        Assert.Single(harness.Applier.Applied);
        Assert.Equal(new EffectReport("ping:acme/election:11", "comment on acme/election#7: pong (@alice)", EffectStatus.AlreadyApplied, "applied 1"), Assert.Single(second.Effects));
    }

    [Fact]
    public async Task RouteAsync_DryRun_ReportsAndAppliesNothing()
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"), dryRun: true);

        Assert.Equal(EffectStatus.WouldApply, Assert.Single(report.Effects).Status);
        Assert.Empty(harness.Applier.Applied);
        Assert.Equal(EffectClaimResult.Absent, (await harness.Store.PeekEffectAsync("ping:acme/election:11", CancellationToken.None)).Result);
    }

    [Fact]
    public async Task RouteAsync_DryRunAfterApplied_ReportsAlreadyApplied()
    {
        await using var harness = await RouterHarness.CreateAsync();
        await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"));

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"), "d-2", dryRun: true);

        Assert.Equal(EffectStatus.AlreadyApplied, Assert.Single(report.Effects).Status);
    }

    [Theory]
    [InlineData("elections[bot]", null, "sender elections[bot] is this bot")]
    [InlineData("alice", 4242L, "performed via this App (id 4242)")]
    public async Task RouteAsync_BotsOwnEvent_IgnoredWithReason(string sender, long? viaApp, string reason)
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping", sender, viaApp));

        Assert.Equal(reason, report.IgnoredReason);
        Assert.Empty(harness.Applier.Applied);
    }

    [Fact]
    public async Task RouteAsync_OtherAppsComment_IsHandled()
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping", "other[bot]", viaAppId: 99));

        Assert.Equal("", report.IgnoredReason);
        Assert.Single(harness.Applier.Applied);
    }

    [Fact]
    public async Task RouteAsync_NoHandlerForAction_IgnoredWithReason()
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping").Replace("\"action\":\"created\"", "\"action\":\"deleted\"", StringComparison.Ordinal));

        Assert.Equal("no handler for issue_comment.deleted", report.IgnoredReason);
    }

    [Fact]
    public async Task RouteAsync_HandlerGuardFails_ReportsSkipReason()
    {
        await using var harness = await RouterHarness.CreateAsync();

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "hello"));

        Assert.Equal("comment 11 has no !ping", Assert.Single(report.Handlers).SkipReason);
        Assert.Empty(harness.Applier.Applied);
    }

    [Fact]
    public async Task RouteAsync_ApplyFails_KeyReleasedAndRetrySucceeds()
    {
        await using var harness = await RouterHarness.CreateAsync();
        harness.Applier.FailuresLeft = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping")));
        var retry = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"));

        Assert.Equal(EffectStatus.Applied, Assert.Single(retry.Effects).Status);
        Assert.Single(harness.Applier.Applied);
    }

    [Fact]
    public async Task RouteAsync_KeyHeldByAnotherWorker_ThrowsInProgress()
    {
        await using var harness = await RouterHarness.CreateAsync();
        await harness.Store.TryBeginEffectAsync("ping:acme/election:11", "elsewhere", TimeSpan.FromMinutes(5), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<EffectInProgressException>(() => harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping")));

        Assert.Equal("ping:acme/election:11", exception.Key);
    }

    [Fact]
    public async Task RouteAsync_TwoHandlersOnIssueCommentCreated_BothRunEachWithItsReportAndAudit()
    {
        await using var harness = await RouterHarness.CreateAsync([new PingCommentHandler(), new ThanksHandler()]);

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "!ping"));

        Assert.Equal(["ping", "thanks"], report.Handlers.Select(handler => handler.Feature));
        Assert.Equal(["pong (@alice)", "thanks, alice"], harness.Applier.Applied.Select(effect => effect.Body).Order(StringComparer.Ordinal));
        var reasons = (await harness.Store.ReadAuditAsync(10, CancellationToken.None)).Select(entry => entry.Reason);
        Assert.Equal(["ping on issue_comment.created", "thanks on issue_comment.created"], reasons.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RouteAsync_FirstHandlerFails_SecondStillRunsThenDeliveryFails()
    {
        await using var harness = await RouterHarness.CreateAsync([new FailingHandler(), new ThanksHandler()]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RouteAsync("issue_comment", CommentPayloads.Create(11, "hello")));

        Assert.Equal("thanks, alice", Assert.Single(harness.Applier.Applied).Body);
    }

    [Fact]
    public void Constructor_TwoHandlersWithOneFeatureName_Throws()
    {
        var runner = new EffectRunner(null!, new EffectAppliers([]), TimeProvider.System, NullLogger<EffectRunner>.Instance);

        var exception = Assert.Throws<ArgumentException>(() =>
            new EventRouter([new ThanksHandler("ping"), new PingCommentHandler()], runner, new BotIdentity(), null!, NullLogger<EventRouter>.Instance));

        Assert.Contains("two handlers name the feature 'ping'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routes_PingHandler_ListsFeatureAndRoute()
    {
        await using var harness = await RouterHarness.CreateAsync();

        Assert.Equal(["ping: issue_comment.created"], harness.Router.Routes);
        Assert.True(harness.Router.Handles("issue_comment"));
        Assert.False(harness.Router.Handles("push"));
    }

    [Fact]
    public async Task RouteAsync_PushWithoutAction_RoutedByEventAlone()
    {
        await using var harness = await RouterHarness.CreateAsync([new PushRecorder()]);

        var report = await harness.RouteAsync("push", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "push.json")));

        Assert.Equal("ref refs/tags/simple-tag", Assert.Single(report.Handlers).SkipReason);
    }

    private sealed class FailingHandler : WebhookHandler<IssueCommentEvent>
    {
        public override string Feature => "failing";

        public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("issue_comment.created")];

        protected override ValueTask<Plan> PlanAsync(IssueCommentEvent payload, DeliveryContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the election files could not be read");
    }

    private sealed class PushRecorder : WebhookHandler<PushEvent>
    {
        public override string Feature => "push-recorder";

        public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("push")];

        protected override ValueTask<Plan> PlanAsync(PushEvent payload, DeliveryContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Plan.Skip($"ref {payload.Ref}"));
    }
}
