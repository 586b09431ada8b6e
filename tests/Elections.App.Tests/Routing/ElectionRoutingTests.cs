using Elections.App.Effects;
using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.App.Routing;
using Elections.App.Tests.Support;
using Elections.Tests.Support;

namespace Elections.App.Tests.Routing;

/// <summary>Handlers that require the election get it from the default branch's files, or do not run.</summary>
public sealed class ElectionRoutingTests : IDisposable
{
    private readonly DirectoryInfo _broken = Directory.CreateTempSubdirectory("elections-broken-");

    public void Dispose() => _broken.Delete(recursive: true);

    [Fact]
    public async Task RouteAsync_StatusOnTheSampleElection_RepliesWithWhereItStands()
    {
        await using var harness = await RouterHarness.CreateAsync(Handlers(), SampleElection.RepositoryRoot);

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(21, "!status"));

        Assert.Equal(("status", "ping"), (report.Handlers[0].Feature, report.Handlers[1].Feature));
        var reply = Assert.IsType<CommentEffect>(Assert.Single(harness.Applier.Applied));
        Assert.Equal(("acme/election", 7), (reply.Repository, reply.IssueNumber));
        Assert.StartsWith("@alice, the election as it stands", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Nominees:", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Example Co-op Steering Committee Election 2026", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_StatusWhereNoElection_IgnoredPingStillRuns()
    {
        await using var harness = await RouterHarness.CreateAsync(Handlers());

        var statusOnly = await harness.RouteAsync("issue_comment", CommentPayloads.Create(22, "!status"), "d-1");
        Assert.Empty(harness.Applier.Applied);
        Assert.Contains("holds no config/election.yml", Assert.Single(statusOnly.Handlers, h => h.Feature == "status").SkipReason, StringComparison.Ordinal);

        await harness.RouteAsync("issue_comment", CommentPayloads.Create(23, "!ping !status"), "d-2");
        Assert.Equal("pong (@alice)", Assert.IsType<CommentEffect>(Assert.Single(harness.Applier.Applied)).Body);
    }

    [Fact]
    public async Task RouteAsync_OnlyElectionHandlersWhereNoElection_DeliveryIgnored()
    {
        await using var harness = await RouterHarness.CreateAsync([new StatusCommentHandler(TimeProvider.System)]);

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(24, "!status"));

        Assert.Contains("holds no config/election.yml", report.IgnoredReason, StringComparison.Ordinal);
        Assert.Empty(report.Handlers);
    }

    [Fact]
    public async Task RouteAsync_BrokenElection_RepliesWithTheProblemsOnceAndDoesNotAct()
    {
        CopySample(_broken.FullName, seats: "seats: 0");
        await using var harness = await RouterHarness.CreateAsync(Handlers(), _broken.FullName);

        var first = await harness.RouteAsync("issue_comment", CommentPayloads.Create(25, "!status"), "d-1");
        var second = await harness.RouteAsync("issue_comment", CommentPayloads.Create(26, "!status"), "d-2");

        var reply = Assert.IsType<CommentEffect>(Assert.Single(harness.Applier.Applied));
        Assert.Contains("config/election.yml:", reply.Body, StringComparison.Ordinal);
        Assert.Contains("seats", reply.Body, StringComparison.Ordinal);
        Assert.Equal(EventRouter.ElectionFilesFeature, first.Handlers[0].Feature);
        Assert.Contains("problem", Assert.Single(first.Handlers, h => h.Feature == "status").SkipReason, StringComparison.Ordinal);
        Assert.Equal(EffectStatus.AlreadyApplied, Assert.Single(second.Effects).Status);
    }

    [Fact]
    public async Task RouteAsync_CommentWithoutStatusOnBrokenElection_ReadsNoElectionAndPings()
    {
        CopySample(_broken.FullName, seats: "seats: 0");
        await using var harness = await RouterHarness.CreateAsync(Handlers(), _broken.FullName);

        var report = await harness.RouteAsync("issue_comment", CommentPayloads.Create(27, "!ping"));

        Assert.DoesNotContain(report.Handlers, h => h.Feature == EventRouter.ElectionFilesFeature);
        Assert.Equal("pong (@alice)", Assert.IsType<CommentEffect>(Assert.Single(harness.Applier.Applied)).Body);
    }

    private static IWebhookHandler[] Handlers() => [new StatusCommentHandler(TimeProvider.System), new PingCommentHandler()];

    private static void CopySample(string target, string seats)
    {
        Assert.Contains("seats: 7", SampleElection.Files["config/election.yml"], StringComparison.Ordinal);
        SampleElection.WriteTo(target, SampleElection.WithConfig(config => config.Replace("seats: 7", seats, StringComparison.Ordinal)));
    }
}
