namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>Supplies the token for REST and GraphQL calls. Tokens are secrets: never log them.</summary>
public interface IGitHubTokenSource
{
    /// <summary>The token to use for <paramref name="installationId"/> (ignored by fixed tokens).</summary>
    ValueTask<string> GetTokenAsync(long? installationId, CancellationToken cancellationToken);

    /// <summary>Forgets a cached token GitHub rejected (401), so the next call mints a new one.</summary>
    void Invalidate(long? installationId);
}

/// <summary>A fixed token: GH_TOKEN in Actions (from actions/create-github-app-token), or a personal token.</summary>
public sealed class FixedGitHubTokenSource(string token) : IGitHubTokenSource
{
    private readonly string _token = string.IsNullOrEmpty(token) ? throw new ArgumentException("empty token", nameof(token)) : token;

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(long? installationId, CancellationToken cancellationToken) => ValueTask.FromResult(_token);

    /// <inheritdoc />
    public void Invalidate(long? installationId)
    {
    }
}
