using Elections.Infrastructure.GitHub.Auth;

namespace Elections.Infrastructure.Tests.GitHub.Auth;

public sealed class InstallationTokenSourceTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetToken_ConcurrentCallers_ShareOneMint()
    {
        var clock = new ManualTimeProvider(Now);
        var minter = new CountingMinter(clock, TimeSpan.FromMilliseconds(50));
        using var source = new InstallationTokenSource(minter, clock, TimeSpan.FromMinutes(5));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => source.GetTokenAsync(7, CancellationToken.None).AsTask()));

        Assert.Single(tokens.Distinct());
        Assert.Equal(1, minter.Count);
    }

    [Fact]
    public async Task GetToken_WithinTheRefreshMargin_MintsANewOne()
    {
        var clock = new ManualTimeProvider(Now);
        var minter = new CountingMinter(clock, TimeSpan.Zero);
        using var source = new InstallationTokenSource(minter, clock, TimeSpan.FromMinutes(5));

        var first = await source.GetTokenAsync(7, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await source.GetTokenAsync(7, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await source.GetTokenAsync(7, CancellationToken.None);

        Assert.Equal(first, stillCached);
        Assert.NotEqual(first, refreshed);
        Assert.Equal(2, minter.Count);
    }

    [Fact]
    public async Task GetToken_PerInstallation_KeepsTokensApart()
    {
        var clock = new ManualTimeProvider(Now);
        var minter = new CountingMinter(clock, TimeSpan.Zero);
        using var source = new InstallationTokenSource(minter, clock, TimeSpan.FromMinutes(5));

        var a = await source.GetTokenAsync(1, CancellationToken.None);
        var b = await source.GetTokenAsync(2, CancellationToken.None);

        Assert.NotEqual(a, b);
        Assert.StartsWith("token-1-", a, StringComparison.Ordinal);
        Assert.StartsWith("token-2-", b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalidate_ForcesTheNextCallToMint()
    {
        var clock = new ManualTimeProvider(Now);
        var minter = new CountingMinter(clock, TimeSpan.Zero);
        using var source = new InstallationTokenSource(minter, clock, TimeSpan.FromMinutes(5));
        await source.GetTokenAsync(1, CancellationToken.None);

        source.Invalidate(1);
        await source.GetTokenAsync(1, CancellationToken.None);

        Assert.Equal(2, minter.Count);
    }

    [Fact]
    public async Task GetToken_WithoutInstallation_ExplainsWhatIsMissing()
    {
        var clock = new ManualTimeProvider(Now);
        using var source = new InstallationTokenSource(new CountingMinter(clock, TimeSpan.Zero), clock, TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetTokenAsync(null, CancellationToken.None).AsTask());

        Assert.Contains("installation", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingMinter(TimeProvider clock, TimeSpan latency) : IInstallationTokenMinter
    {
        private int _count;

        public int Count => _count;

        public async Task<InstallationToken> MintAsync(long installationId, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _count);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, cancellationToken);
            }

            return new InstallationToken($"token-{installationId}-{n}", clock.GetUtcNow().AddHours(1));
        }
    }
}
