using System.Data.Common;
using Elections.App.Ports;
using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>PostgreSQL drops out (a proxy the test cuts) and comes back: the store fails loudly meanwhile and then works on, with nothing lost.</summary>
public sealed class PostgresOutageTests
{
    [PostgresFact]
    public async Task Store_ServerDropsOutAndReturns_WritesFailThenResumeWithNothingLost()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        await using var proxy = new TcpProxy(database.Setting);
        await using var store = StoreFactory.Open(proxy.Route(database.Setting), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(await store.TryEnqueueAsync(SqlStoreTests.Delivery($"d-{i}", TimeProvider.System), CancellationToken.None));
        }

        proxy.Cut();
        await Assert.ThrowsAnyAsync<DbException>(() => store.CheckWritableAsync(CancellationToken.None));
        await Assert.ThrowsAnyAsync<DbException>(() => store.ClaimAsync("w", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        proxy.Restore();
        await UntilWritableAsync(store);

        var claimed = await store.ClaimAsync("w", 20, TimeSpan.FromMinutes(1), CancellationToken.None);
        foreach (var delivery in claimed)
        {
            Assert.True(await store.CompleteAsync(delivery, "ok", CancellationToken.None));
        }

        Assert.Equal(10, claimed.Count);
        Assert.Equal(new StoreCounts(0, 10, 0, 0), await store.CountAsync(CancellationToken.None));
    }

    /// <summary>The pool may hand out a connection the cut broke; it fails once and is dropped.</summary>
    private static async Task UntilWritableAsync(SqlStore store)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.CheckWritableAsync(CancellationToken.None);
                return;
            }
            catch (DbException) when (attempt < 20)
            {
                await Task.Delay(50);
            }
        }
    }
}
