using System.Collections.Concurrent;
using Elections.App.Ports;
using Elections.Infrastructure.Store;
using Elections.Infrastructure.Tests.Support;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>Deliveries about one PR or issue are leased one at a time, in the order received; other subjects go in parallel.</summary>
public sealed class SubjectOrderingTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_SameSubjectQueuedTwice_LeasesOnlyTheEarliestUntilItIsDone(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await EnqueueAsync(store, time, ("a-1", "o/r#1"), ("a-2", "o/r#1"), ("b-1", "o/r#2"), ("n-1", ""), ("n-2", ""));

        var first = await store.ClaimAsync("w1", 10, Lease, CancellationToken.None);
        var none = await store.ClaimAsync("w2", 10, Lease, CancellationToken.None);
        Assert.True(await store.CompleteAsync(first[0], "ok", CancellationToken.None));
        var next = await store.ClaimAsync("w2", 10, Lease, CancellationToken.None);

        Assert.Equal(["a-1", "b-1", "n-1", "n-2"], first.Select(d => d.DeliveryId));
        Assert.Equal(["o/r#1", "o/r#2", "", ""], first.Select(d => d.Subject));
        Assert.Empty(none);
        Assert.Equal("a-2", Assert.Single(next).DeliveryId);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_EarlierOfSubjectWaitingToRetry_LaterWaitsBehindIt(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await EnqueueAsync(store, time, ("a-1", "o/r#1"), ("a-2", "o/r#1"));
        var first = Assert.Single(await store.ClaimAsync("w1", 10, Lease, CancellationToken.None));
        Assert.True(await store.RetryLaterAsync(first, "GitHub 502", TimeSpan.FromSeconds(10), CancellationToken.None));

        var whileWaiting = await store.ClaimAsync("w2", 10, Lease, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(11));
        var afterDelay = await store.ClaimAsync("w2", 10, Lease, CancellationToken.None);

        Assert.Empty(whileWaiting);
        Assert.Equal(("a-1", 2), (Assert.Single(afterDelay).DeliveryId, afterDelay[0].Attempt));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ClaimAsync_TwoInstancesOneSubject_ProcessedOneAtATimeInOrder(string kind)
    {
        const int deliveries = 40;
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = TimeProvider.System;
        await using var first = await database.OpenAsync(time);
        await using var second = await database.OpenAsync(time);
        await EnqueueAsync(first, time, [.. Enumerable.Range(0, deliveries).Select(i => ($"s-{i:D2}", "o/r#7")), ("other", "o/r#8")]);
        var order = new ConcurrentQueue<string>();
        var inFlight = 0;
        var mostInFlight = 0;

        async Task WorkAsync(SqlStoreHandle handle)
        {
            for (var idle = 0; order.Count(id => id != "other") < deliveries && idle < 2000;)
            {
                var batch = await handle.Store.ClaimAsync(handle.Worker, 4, Lease, CancellationToken.None);
                idle = batch.Count == 0 ? idle + 1 : 0;
                foreach (var claimed in batch.Where(d => d.Subject == "o/r#7"))
                {
                    var now = Interlocked.Increment(ref inFlight);
                    InterlockedMax(ref mostInFlight, now);
                    await Task.Delay(2);
                    order.Enqueue(claimed.DeliveryId);
                    Interlocked.Decrement(ref inFlight);
                    Assert.True(await handle.Store.CompleteAsync(claimed, "ok", CancellationToken.None));
                }

                foreach (var claimed in batch.Where(d => d.Subject != "o/r#7"))
                {
                    order.Enqueue(claimed.DeliveryId);
                    Assert.True(await handle.Store.CompleteAsync(claimed, "ok", CancellationToken.None));
                }

                if (batch.Count == 0)
                {
                    await Task.Delay(1);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => WorkAsync(new(first, "w1"))), Task.Run(() => WorkAsync(new(second, "w2"))));

        Assert.Equal(1, mostInFlight);
        Assert.Equal(Enumerable.Range(0, deliveries).Select(i => $"s-{i:D2}"), order.Where(id => id != "other"));
        Assert.Contains("other", order);
    }

    private static async Task EnqueueAsync(SqlStore store, TimeProvider time, params (string Id, string Subject)[] deliveries)
    {
        foreach (var (id, subject) in deliveries)
        {
            Assert.True(await store.TryEnqueueAsync(SqlStoreTests.Delivery(id, time) with { Subject = subject }, CancellationToken.None));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private sealed record SqlStoreHandle(SqlStore Store, string Worker);
}
