using System.Collections.Concurrent;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>An installation access token and when it expires.</summary>
public sealed record InstallationToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Mints installation tokens (POST /app/installations/{installation_id}/access_tokens with the App JWT).</summary>
public interface IInstallationTokenMinter
{
    /// <summary>Mints a new token.</summary>
    Task<InstallationToken> MintAsync(long installationId, CancellationToken cancellationToken);
}

/// <summary>
/// Caches installation tokens per installation and refreshes them <c>margin</c> before they expire.
/// Safe under concurrency: callers for one installation share one mint (a semaphore per installation),
/// different installations do not wait for each other.
/// </summary>
public sealed class InstallationTokenSource(IInstallationTokenMinter minter, TimeProvider time, TimeSpan refreshMargin) : IGitHubTokenSource, IDisposable
{
    private readonly ConcurrentDictionary<long, Entry> _entries = new();

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(long? installationId, CancellationToken cancellationToken)
    {
        if (installationId is not { } id)
        {
            throw new InvalidOperationException("a GitHub App needs an installation id for each call; pass GitHubCallContext.InstallationId (webhooks carry installation.id)");
        }

        var entry = _entries.GetOrAdd(id, _ => new Entry());
        if (entry.Current is { } cached && IsFresh(cached))
        {
            return cached.Token;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Current is { } again && IsFresh(again))
            {
                return again.Token;
            }

            var minted = await minter.MintAsync(id, cancellationToken).ConfigureAwait(false);
            entry.Current = minted;
            return minted.Token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <inheritdoc />
    public void Invalidate(long? installationId)
    {
        if (installationId is { } id && _entries.TryGetValue(id, out var entry))
        {
            entry.Current = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Gate.Dispose();
        }
    }

    private bool IsFresh(InstallationToken token) => token.ExpiresAt - time.GetUtcNow() > refreshMargin;

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile InstallationToken? Current;
    }
}
