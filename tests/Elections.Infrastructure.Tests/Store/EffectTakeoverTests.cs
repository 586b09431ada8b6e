using Elections.App.Ports;
using Elections.Infrastructure.Tests.Support;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>An effect claim left by a worker that died is taken over as soon as nobody can be working on it, not after minutes.</summary>
public sealed class EffectTakeoverTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_SameDeliveryResumedAfterCrash_ClaimsAtOnce(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(SqlStoreTests.Delivery("d-1", time), CancellationToken.None);
        Assert.Single(await store.ClaimAsync("crashed/1", 1, Lease, CancellationToken.None));
        Assert.Equal(EffectClaimResult.Claimed, (await store.TryBeginEffectAsync("k", "d-1", StaleAfter, CancellationToken.None)).Result);

        time.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await store.ClaimAsync("restarted/1", 1, Lease, CancellationToken.None));
        var resumed = await store.TryBeginEffectAsync("k", "d-1", StaleAfter, CancellationToken.None);

        Assert.Equal(EffectClaimResult.Claimed, resumed.Result);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_OwnerStillLeased_InProgress(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(SqlStoreTests.Delivery("d-1", time), CancellationToken.None);
        Assert.Single(await store.ClaimAsync("w1", 1, Lease, CancellationToken.None));
        await store.TryBeginEffectAsync("k", "d-1", StaleAfter, CancellationToken.None);

        var other = await store.TryBeginEffectAsync("k", "d-2", StaleAfter, CancellationToken.None);

        Assert.Equal(EffectClaimResult.InProgress, other.Result);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TryBeginEffectAsync_OwnerLeaseExpired_OtherDeliveryClaims(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var time = new ManualTime();
        await using var store = await database.OpenAsync(time);
        await store.TryEnqueueAsync(SqlStoreTests.Delivery("d-1", time), CancellationToken.None);
        Assert.Single(await store.ClaimAsync("crashed/1", 1, Lease, CancellationToken.None));
        await store.TryBeginEffectAsync("k", "d-1", StaleAfter, CancellationToken.None);

        time.Advance(Lease + TimeSpan.FromSeconds(1));
        var other = await store.TryBeginEffectAsync("k", "d-2", StaleAfter, CancellationToken.None);

        Assert.Equal(EffectClaimResult.Claimed, other.Result);
    }
}
