using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>The SQLite WAL stays bounded (its limit plus about a second of writes) under a stream of writes and is truncated once they stop.</summary>
public sealed class SqliteCheckpointTests
{
    private const long WalLimit = 2L * 1024 * 1024;

    [Fact]
    public async Task Checkpoints_HeavyWritesThenIdle_WalStaysBoundedThenTruncated()
    {
        const int deliveries = 4000;
        var payload = new string('x', 16 * 1024);
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var store = new SqliteStore(database.Setting, TimeProvider.System) { WalLimitBytes = WalLimit };
        await store.MigrateAsync(CancellationToken.None);
        var largest = 0L;

        await Parallel.ForEachAsync(Enumerable.Range(0, deliveries), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var delivery = SqlStoreTests.Delivery($"d-{i}", TimeProvider.System) with { Payload = System.Text.Encoding.UTF8.GetBytes(payload) };
            await store.TryEnqueueAsync(delivery, cancellationToken);
            foreach (var claimed in await store.ClaimAsync($"w{i % 4}", 1, TimeSpan.FromMinutes(1), cancellationToken))
            {
                await store.CompleteAsync(claimed, "ok", cancellationToken);
            }

            var size = store.WalBytes();
            long seen;
            while ((seen = Interlocked.Read(ref largest)) < size && Interlocked.CompareExchange(ref largest, size, seen) != seen)
            {
            }
        });
        var written = (long)deliveries * payload.Length;
        for (var round = 0; round < 200 && store.WalBytes() > 0; round++)
        {
            await Task.Delay(50);
        }

        // Each delivery is written three times (queued, leased, done): a WAL never truncated outgrows the payload.
        Assert.True(largest < written, $"the WAL reached {largest} bytes for {written} bytes of payload written");
        Assert.Equal(0, store.WalBytes());
    }
}
