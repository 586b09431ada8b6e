using System.Text;
using Elections.App.Ports;
using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Tests.Store;

public sealed class EnqueueBatcherTests
{
    [Fact]
    public async Task EnqueueAsync_WriteFails_EveryCallerInTheBatchFails()
    {
        var release = new TaskCompletionSource();
        var calls = 0;
        await using var batcher = new EnqueueBatcher(
            async batch =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await release.Task; // Hold the first batch so the next two share one.
                    return batch.Select(d => d.DeliveryId).ToHashSet();
                }

                throw new InvalidOperationException("disk full");
            },
            writers: 1);

        var first = batcher.EnqueueAsync(Delivery("a"), CancellationToken.None);
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        var second = batcher.EnqueueAsync(Delivery("b"), CancellationToken.None);
        var third = batcher.EnqueueAsync(Delivery("c"), CancellationToken.None);
        release.SetResult();

        Assert.True(await first);
        Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
        Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => third)).Message);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task EnqueueAsync_SameIdTwiceInOneBatch_WrittenOnceAndSecondIsDuplicate()
    {
        var release = new TaskCompletionSource();
        var written = new List<IReadOnlyList<string>>();
        await using var batcher = new EnqueueBatcher(
            async batch =>
            {
                lock (written)
                {
                    written.Add([.. batch.Select(d => d.DeliveryId)]);
                }

                await release.Task;
                return batch.Select(d => d.DeliveryId).ToHashSet();
            },
            writers: 1);

        var holder = batcher.EnqueueAsync(Delivery("x"), CancellationToken.None);
        await WaitUntilAsync(() => { lock (written) { return written.Count == 1; } });
        var first = batcher.EnqueueAsync(Delivery("d"), CancellationToken.None);
        var again = batcher.EnqueueAsync(Delivery("d"), CancellationToken.None);
        release.SetResult();

        Assert.True(await holder);
        Assert.True(await first);
        Assert.False(await again);
        Assert.Equal(["d"], written[1]);
    }

    [Fact]
    public async Task EnqueueAsync_CallerBufferReusedAfterwards_WritesTheBytesAsReceived()
    {
        var stored = new TaskCompletionSource<string>();
        var release = new TaskCompletionSource();
        await using var batcher = new EnqueueBatcher(
            async batch =>
            {
                await release.Task;
                stored.TrySetResult(Encoding.UTF8.GetString(batch[0].Payload.Span));
                return new HashSet<string>();
            },
            writers: 1);
        var buffer = Encoding.UTF8.GetBytes("{\"n\":1}");

        var pending = batcher.EnqueueAsync(Delivery("p") with { Payload = buffer }, CancellationToken.None);
        buffer.AsSpan().Fill((byte)'?'); // A pooled buffer handed to the next request.
        release.SetResult();

        Assert.False(await pending);
        Assert.Equal("{\"n\":1}", await stored.Task);
    }

    [Fact]
    public async Task DisposeAsync_AfterwardsEnqueue_Throws()
    {
        var batcher = new EnqueueBatcher(batch => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), writers: 2);
        await batcher.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => batcher.EnqueueAsync(Delivery("late"), CancellationToken.None));
    }

    private static InboundDelivery Delivery(string id) => new()
    {
        DeliveryId = id,
        EventName = "issue_comment",
        Payload = Encoding.UTF8.GetBytes("{}"),
        ReceivedAt = DateTimeOffset.UnixEpoch,
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
