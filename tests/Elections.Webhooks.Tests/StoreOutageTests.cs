using System.Net;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Infrastructure.Tests.Store;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The store drops out while the host runs: PostgreSQL through a proxy the test cuts, SQLite on a disk
/// that fills up. The host keeps running, says so on <c>/healthz</c>, and loses nothing.
/// </summary>
public sealed class StoreOutageTests
{
    private const int Count = 30;

    [PostgresFact]
    public async Task Postgres_DropsOutWithDeliveriesInFlight_HostKeepsRunningAndLosesNothing()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        await using var proxy = new TcpProxy(database.Setting);
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cutOnce = 0;
        var gitHub = new RecordingGitHub();
        gitHub.FailNext(1);
        gitHub.BeforeCall = async () =>
        {
            // The first GitHub call fails and, in the same moment, the store goes: the effect's claim
            // cannot be released, nor the delivery retried, nor the others completed. One worker, so no
            // other effect is applied but left unrecorded (that one would be applied again).
            await allSent.Task;
            if (Interlocked.Exchange(ref cutOnce, 1) == 0)
            {
                proxy.Cut();
            }
        };
        await using var host = await RunningHost.StartAsync(
            proxy.Route(database.Setting),
            gitHub,
            RunningHost.NoNonVoterNotice,
            $"--{ElectionsVariables.PollMs}=50",
            $"--{ElectionsVariables.RetryDelayMs}=20",
            $"--{ElectionsVariables.LeaseSeconds}=2",
            $"--{ElectionsVariables.Workers}=1");

        var ids = await SendAsync(host, "pg-outage", 7000);
        allSent.SetResult();
        await WaitUntilAsync(() => host.Logs.Contains("likely unavailable"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        proxy.Restore();
        await host.WaitProcessedAsync(ids);

        Assert.False(host.Stopping);
        Assert.Equal(Count, gitHub.Comments.Count);
        Assert.Equal(new StoreCounts(0, Count, 0, Count), await host.Store.CountAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [SmallDiskFact]
    public async Task Sqlite_DiskFills_HealthzUnavailableThenRecoversAndLosesNothing()
    {
        using var disk = SmallDisk.Mount(megabytes: 8);
        var gitHub = new RecordingGitHub();
        await using var host = await RunningHost.StartAsync(
            Path.Combine(disk.Folder, "store.db"),
            gitHub,
            RunningHost.NoNonVoterNotice,
            $"--{ElectionsVariables.PollMs}=50",
            $"--{ElectionsVariables.RetryDelayMs}=20",
            $"--{ElectionsVariables.LeaseSeconds}=2");
        var before = await SendAsync(host, "before", 7100);
        await host.WaitProcessedAsync(before);

        // Full disk: deliveries are accepted while the store still has room (its log may hold free
        // pages), then refused. Once one is refused, writes fail, and /healthz must say so.
        disk.Fill();
        var during = new List<string>();
        var refused = "";
        for (var i = 0; i < 2000 && refused.Length == 0; i++)
        {
            var id = $"during-{i}";
            using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", id, CommentPayloads.Create(7200 + i, "!ping", issueNumber: 1000 + i));
            using var response = await host.Client.SendAsync(request);
            during.Add(id);
            refused = response.StatusCode == HttpStatusCode.Accepted ? "" : id;
        }

        Assert.NotEqual("", refused);

        // A truncating checkpoint may give some of the WAL's blocks back in the meantime (then the store takes writes
        // again, rightly): fill what it freed until /healthz, probing with a 64 KiB write, says unavailable.
        await WaitUntilAsync(async () =>
        {
            disk.Fill();
            return (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable;
        });

        disk.Free();
        await WaitUntilAsync(async () => (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK);
        var after = await SendAsync(host, "after", 9300);
        var index = during.Count - 1;
        using var redelivered = Deliveries.Signed(RunningHost.Secret, "issue_comment", refused, CommentPayloads.Create(7200 + index, "!ping", issueNumber: 1000 + index));
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(redelivered)).StatusCode);
        // Deliveries whose effect claim could not be released while the disk was full back off from 1 s.
        await host.WaitProcessedAsync([.. after, .. during]);

        Assert.False(host.Stopping);
        var total = (2 * Count) + during.Count;
        Assert.Equal(total, gitHub.Comments.Count);
        Assert.Equal(new StoreCounts(0, total, 0, total), await host.Store.CountAsync(CancellationToken.None));
    }

    [FailingDiskFact]
    public async Task Sqlite_FileSystemTurnsReadOnly_HostRefusesKeepsRunningAndLosesNothing()
    {
        using var disk = FailingDisk.Mount(megabytes: 16);
        var store = Path.Combine(disk.Folder, "store.db");
        var gitHub = new RecordingGitHub();
        // The default lease: on a loaded machine a 2 s lease can run out mid-effect and the effect be applied again.
        string[] settings = [RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.PollMs}=50", $"--{ElectionsVariables.RetryDelayMs}=20"];
        var refused = new List<(string Id, int Comment)>();
        await using (var host = await RunningHost.StartAsync(store, gitHub, settings))
        {
            var before = await SendAsync(host, "before", 7100);
            await host.WaitProcessedAsync(before);

            // The store loses write access under the running host (its WAL and memory-mapped -shm open):
            // it must not die (SQLite's -shm mapping once took it down with SIGBUS), must refuse deliveries
            // so GitHub redelivers them, and must say so on /healthz while /livez stays up.
            disk.TurnReadOnly();
            for (var i = 0; i < 10; i++)
            {
                var id = $"read-only-{i}";
                using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", id, CommentPayloads.Create(7300 + i, "!ping", issueNumber: 2000 + i));
                using var response = await host.Client.SendAsync(request);
                Assert.NotEqual(HttpStatusCode.Accepted, response.StatusCode);
                refused.Add((id, 7300 + i));
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1)); // Workers and the checkpoint loop meet the read-only file a few times.
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/livez", UriKind.Relative))).StatusCode);
            Assert.False(host.Stopping);
        }

        disk.Remount();
        await using (var host = await RunningHost.StartAsync(store, gitHub, settings))
        {
            Assert.Equal(new StoreCounts(0, Count, 0, Count), await host.Store.CountAsync(CancellationToken.None));
            foreach (var (id, comment) in refused)
            {
                using var redelivered = Deliveries.Signed(RunningHost.Secret, "issue_comment", id, CommentPayloads.Create(comment, "!ping", issueNumber: comment - 5300));
                Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(redelivered)).StatusCode);
            }

            await host.WaitProcessedAsync(refused.Select(r => r.Id));
            var total = Count + refused.Count;
            Assert.Equal(total, gitHub.Comments.Count);
            Assert.Equal(new StoreCounts(0, total, 0, total), await host.Store.CountAsync(CancellationToken.None));
        }
    }

    private static async Task<List<string>> SendAsync(RunningHost host, string prefix, int firstComment)
    {
        var ids = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            var id = $"{prefix}-{i}";
            using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", id, CommentPayloads.Create(firstComment + i, "!ping"));
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add(id);
        }

        return ids;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>Polls until <paramref name="condition"/> holds; fails after 20 seconds.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var round = 0; round < 400; round++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the condition did not hold within 20 s");
    }
}
