namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>The App's own credential: a fresh JWT per call (only the installation-token route accepts it).</summary>
internal sealed class AppJwtTokenSource(GitHubAppJwt jwt) : IGitHubTokenSource
{
    public ValueTask<string> GetTokenAsync(long? installationId, CancellationToken cancellationToken) => ValueTask.FromResult(jwt.Create().Jwt);

    public void Invalidate(long? installationId)
    {
    }
}
