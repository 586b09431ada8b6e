using System.Net;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Infrastructure.Store;
using Elections.Infrastructure.Tests.Store;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// Redeliveries, injected faults, two instances on one database and a worker killed mid-delivery:
/// every delivery is processed, and every effect happens once.
/// </summary>
public sealed class DeliveryProcessingTests
{
    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Fact]
    public async Task Post_ThousandRedeliveriesOfOneEvent_OneEffect()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var gitHub = new RecordingGitHub();
        await using var host = await RunningHost.StartAsync(database.Setting, gitHub, RunningHost.NoNonVoterNotice);
        var payload = CommentPayloads.Create(4711, "!ping");

        // GitHub's redeliveries reuse the delivery id; replays and retries by other tools do not: both kinds.
        var ids = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "same-delivery" : $"replay-{i}").ToList();
        var statuses = await SendAllAsync(host.Client, ids.Select(id => (id, payload)), parallelism: 8);
        await host.WaitProcessedAsync(ids.Distinct());

        Assert.Single(gitHub.Comments);
        Assert.Equal(501, statuses.Count(status => status == HttpStatusCode.Accepted));
        Assert.Equal(499, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Single(await host.Store.ReadAuditAsync(100, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Post_GitHubFailingOften_AllWorkCompletesWithoutDuplicates(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var gitHub = new RecordingGitHub { FailEvery = 3 };
        gitHub.FailNext(10);
        await using var host = await RunningHost.StartAsync(database.Setting, gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.RetryDelayMs}=20");

        var deliveries = Enumerable.Range(0, 60).Select(i => ($"f-{i}", CommentPayloads.Create(6000 + (i % 30), "!ping", issueNumber: 100 + (i % 30)))).ToList();
        await SendAllAsync(host.Client, deliveries, parallelism: 4);
        await host.WaitProcessedAsync(deliveries.Select(d => d.Item1));

        Assert.Equal(30, gitHub.Comments.Count);
        var counts = await host.Store.CountAsync(CancellationToken.None);
        Assert.Equal(new StoreCounts(0, 60, 0, 30), counts);
        Assert.True(host.Logs.Contains("failed; retrying in"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TwoHosts_OneDatabase_EachDeliveryProcessedOnceNoneLost(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var gitHub = new RecordingGitHub();
        await using var first = await RunningHost.StartAsync(database.Setting, gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.PollMs}=50");
        await using var second = await RunningHost.StartAsync(database.Setting, gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.PollMs}=50");

        var deliveries = Enumerable.Range(0, 200).Select(i => ($"two-{i}", CommentPayloads.Create(8000 + i, "!ping"))).ToList();
        var firstHalf = SendAllAsync(first.Client, deliveries.Where((_, i) => i % 2 == 0), parallelism: 4);
        var secondHalf = SendAllAsync(second.Client, deliveries.Where((_, i) => i % 2 == 1), parallelism: 4);
        await Task.WhenAll(firstHalf, secondHalf);
        await first.WaitProcessedAsync(deliveries.Select(d => d.Item1));

        Assert.Equal(200, gitHub.Comments.Count);
        Assert.Equal(new StoreCounts(0, 200, 0, 200), await first.Store.CountAsync(CancellationToken.None));
        var processors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in deliveries)
        {
            var status = await first.Store.GetDeliveryAsync(id, CancellationToken.None);
            Assert.Equal(1, status.Attempts);
            processors.Add(status.ProcessedBy.Split('/')[0]);
        }

        Assert.Equal(2, processors.Count);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Restart_AfterWorkerDiedMidDelivery_ResumesIt(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var gitHub = new RecordingGitHub();
        await using (var crashed = await database.OpenAsync(TimeProvider.System))
        {
            var payload = System.Text.Encoding.UTF8.GetBytes(CommentPayloads.Create(9100, "!ping"));
            await crashed.TryEnqueueAsync(
                new InboundDelivery { DeliveryId = "orphan", EventName = "issue_comment", Payload = payload, ReceivedAt = TimeProvider.System.GetUtcNow() },
                CancellationToken.None);
            Assert.Single(await crashed.ClaimAsync("killed-process/1", 1, TimeSpan.FromSeconds(1), CancellationToken.None));
        }

        await using var restarted = await RunningHost.StartAsync(database.Setting, gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.PollMs}=50");
        await restarted.WaitProcessedAsync(["orphan"]);

        var status = await restarted.Store.GetDeliveryAsync("orphan", CancellationToken.None);
        Assert.Equal((DeliveryState.Done, 2), (status.State, status.Attempts));
        Assert.Single(gitHub.Comments);
    }

    private static async Task<List<HttpStatusCode>> SendAllAsync(HttpClient client, IEnumerable<(string Id, string Payload)> deliveries, int parallelism)
    {
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (delivery, cancellationToken) =>
        {
            using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", delivery.Id, delivery.Payload);
            using var response = await client.SendAsync(request, cancellationToken);
            statuses.Add(response.StatusCode);
        });
        return [.. statuses];
    }
}
