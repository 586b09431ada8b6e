using System.Text;
using Elections.App.Ports;
using Elections.Infrastructure.Store;
using Elections.Infrastructure.Tests.Support;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>The store contract, run on a real SQLite file and, when configured, a real PostgreSQL server.</summary>
public sealed class SqlStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [PostgresFact]
    public async Task PostgresServer_IsConfigured_StoreMigrates()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        await using var store = await database.OpenAsync(new ManualTime());

        Assert.Equal("postgresql", store.Kind);
        Assert.Equal(7, await store.SchemaVersionAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MigrateAsync_RunTwice_KeepsOneVersion(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());

        await store.MigrateAsync(CancellationToken.None);

        Assert.Equal(7, await store.SchemaVersionAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryEnqueueAsync_SameDeliveryTwice_SecondIsDuplicate(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);

        Assert.True(await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None));
        Assert.False(await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None));

        var claimed = await store.ClaimAsync("w", 10, Lease, CancellationToken.None);
        Assert.Single(claimed);
        Assert.Equal("{\"n\":\"d-1\"}", Encoding.UTF8.GetString(claimed[0].Payload.Span));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteAsync_ClaimedDelivery_MarksDoneAndLeavesQueue(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None);

        var claimed = Assert.Single(await store.ClaimAsync("w1", 10, Lease, CancellationToken.None));
        Assert.True(await store.CompleteAsync(claimed, "ok", CancellationToken.None));

        var status = await store.GetDeliveryAsync("d-1", CancellationToken.None);
        Assert.Equal(new DeliveryStatus("d-1", DeliveryState.Done, 1, "ok", "w1"), status);
        Assert.Empty(await store.ClaimAsync("w2", 10, Lease, CancellationToken.None));
        Assert.Equal(new StoreCounts(0, 1, 0, 0), await store.CountAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_WhileLeased_OtherWorkerGetsNothing(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None);
        await store.TryEnqueueAsync(Delivery("d-2", time), CancellationToken.None);

        var first = await store.ClaimAsync("w1", 1, Lease, CancellationToken.None);
        var second = await store.ClaimAsync("w2", 10, Lease, CancellationToken.None);
        var third = await store.ClaimAsync("w3", 10, Lease, CancellationToken.None);

        Assert.Equal("d-1", Assert.Single(first).DeliveryId);
        Assert.Equal("d-2", Assert.Single(second).DeliveryId);
        Assert.Empty(third);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_LeaseExpired_ResumedByNewInstanceAndOldClaimLosesIt(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        var killed = await database.OpenAsync(time);
        await killed.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None);
        var abandoned = Assert.Single(await killed.ClaimAsync("dead", 10, TimeSpan.FromSeconds(5), CancellationToken.None));
        await killed.DisposeAsync();

        await using var restarted = await database.OpenAsync(time);
        Assert.Empty(await restarted.ClaimAsync("new", 10, Lease, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(6));
        var resumed = Assert.Single(await restarted.ClaimAsync("new", 10, Lease, CancellationToken.None));

        Assert.Equal(2, resumed.Attempt);
        Assert.False(await restarted.CompleteAsync(abandoned, "late", CancellationToken.None));
        Assert.True(await restarted.CompleteAsync(resumed, "ok", CancellationToken.None));
        Assert.Equal("new", (await restarted.GetDeliveryAsync("d-1", CancellationToken.None)).ProcessedBy);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RetryLaterAsync_Delay_DueOnlyAfterDelay(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None);
        var claimed = Assert.Single(await store.ClaimAsync("w", 10, Lease, CancellationToken.None));

        Assert.True(await store.RetryLaterAsync(claimed, "GitHub answered 502", TimeSpan.FromSeconds(10), CancellationToken.None));

        Assert.Empty(await store.ClaimAsync("w", 10, Lease, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Assert.Single(await store.ClaimAsync("w", 10, Lease, CancellationToken.None)).Attempt);
        var status = await store.GetDeliveryAsync("d-1", CancellationToken.None);
        Assert.Equal((DeliveryState.Queued, "GitHub answered 502"), (status.State, status.Outcome));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FailAsync_ClaimedDelivery_MarksFailedWithReason(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(Delivery("d-1", time), CancellationToken.None);
        var claimed = Assert.Single(await store.ClaimAsync("w", 10, Lease, CancellationToken.None));

        Assert.True(await store.FailAsync(claimed, "gave up", CancellationToken.None));

        var status = await store.GetDeliveryAsync("d-1", CancellationToken.None);
        Assert.Equal((DeliveryState.Failed, "gave up"), (status.State, status.Outcome));
        Assert.Equal(DeliveryState.Unknown, (await store.GetDeliveryAsync("other", CancellationToken.None)).State);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_Lifecycle_ClaimsOnceThenReportsOutcome(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        var stale = TimeSpan.FromMinutes(5);

        Assert.Equal(EffectClaimResult.Absent, (await store.PeekEffectAsync("k", CancellationToken.None)).Result);
        Assert.Equal(EffectClaimResult.Claimed, (await store.TryBeginEffectAsync("k", "d-1", stale, CancellationToken.None)).Result);
        Assert.Equal(EffectClaimResult.InProgress, (await store.TryBeginEffectAsync("k", "d-2", stale, CancellationToken.None)).Result);
        await store.AbandonEffectAsync("k", CancellationToken.None);
        Assert.Equal(EffectClaimResult.Claimed, (await store.TryBeginEffectAsync("k", "d-2", stale, CancellationToken.None)).Result);
        await store.CompleteEffectAsync("k", "comment 7", CancellationToken.None);

        Assert.Equal(new EffectClaim(EffectClaimResult.AlreadyDone, "comment 7"), await store.TryBeginEffectAsync("k", "d-3", stale, CancellationToken.None));
        Assert.Equal(new EffectClaim(EffectClaimResult.AlreadyDone, "comment 7"), await store.PeekEffectAsync("k", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_StaleClaim_IsTakenOver(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        var stale = TimeSpan.FromMinutes(5);
        await store.TryBeginEffectAsync("k", "d-1", stale, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(EffectClaimResult.Claimed, (await store.TryBeginEffectAsync("k", "d-2", stale, CancellationToken.None)).Result);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryEnqueueAsync_ConcurrentAcrossTwoInstances_EachIdAcceptedOnceAndDurable(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        var first = await database.OpenAsync(time);
        var second = await database.OpenAsync(time);

        // Every id arrives twice at once, once at each instance: group commits overlap and contain duplicates.
        var attempts = Enumerable.Range(0, 100).SelectMany(i => new[] { (Store: first, Id: $"d-{i}"), (Store: second, Id: $"d-{i}") })
            .Select(a => Task.Run(() => a.Store.TryEnqueueAsync(Delivery(a.Id, time), CancellationToken.None)))
            .ToList();
        var accepted = await Task.WhenAll(attempts);
        await first.DisposeAsync();
        await second.DisposeAsync();

        Assert.Equal(100, accepted.Count(a => a));
        await using var reopened = await database.OpenAsync(time);
        var claimed = await reopened.ClaimAsync("w", 1000, Lease, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"d-{i}").Order(), claimed.Select(c => c.DeliveryId).Order());
        Assert.All(claimed, c => Assert.Equal($"{{\"n\":\"{c.DeliveryId}\"}}", Encoding.UTF8.GetString(c.Payload.Span)));
        Assert.Equal(new StoreCounts(100, 0, 0, 0), await reopened.CountAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AppendAuditAsync_Entries_ReadBackInOrder(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);

        for (var i = 1; i <= 3; i++)
        {
            await store.AppendAuditAsync(Audit(time, $"k{i}"), CancellationToken.None);
        }

        var recent = await store.ReadAuditAsync(2, CancellationToken.None);
        Assert.Equal(["k2", "k3"], recent.Select(entry => entry.Subject));
        Assert.Equal(Audit(time, "k3"), recent[1]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_TwoInstancesManyWorkers_EachDeliveryCompletedExactlyOnce(string kind)
    {
        const int deliveries = 300;
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = TimeProvider.System;
        await using var first = await database.OpenAsync(time);
        await using var second = await database.OpenAsync(time);
        for (var i = 0; i < deliveries; i++)
        {
            await (i % 2 == 0 ? first : second).TryEnqueueAsync(Delivery($"d-{i}", time), CancellationToken.None);
        }

        var completions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var store = w % 2 == 0 ? first : second;
            while (true)
            {
                var batch = await store.ClaimAsync($"w{w}", 5, Lease, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var claimed in batch)
                {
                    if (await store.CompleteAsync(claimed, "ok", CancellationToken.None))
                    {
                        completions.Add(claimed.DeliveryId);
                    }
                }
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(deliveries, completions.Count);
        Assert.Equal(deliveries, completions.Distinct().Count());
        Assert.Equal(new StoreCounts(0, deliveries, 0, 0), await first.CountAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_ConcurrentClaims_OnlyOneWins(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var first = await database.OpenAsync(TimeProvider.System);
        await using var second = await database.OpenAsync(TimeProvider.System);

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).TryBeginEffectAsync("same", $"d-{i}", TimeSpan.FromMinutes(5), CancellationToken.None)));

        Assert.Single(claims, claim => claim.Result == EffectClaimResult.Claimed);
    }

    internal static InboundDelivery Delivery(string id, TimeProvider time) => new()
    {
        DeliveryId = id,
        EventName = "issue_comment",
        Payload = Encoding.UTF8.GetBytes($"{{\"n\":\"{id}\"}}"),
        ReceivedAt = time.GetUtcNow(),
    };

    private static AuditEntry Audit(TimeProvider time, string subject) => new()
    {
        At = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()),
        Actor = "alice",
        Action = "comment on o/r#1: pong",
        Subject = subject,
        Reason = "PingCommentHandler on issue_comment.created",
        DeliveryId = "d-1",
    };
}
