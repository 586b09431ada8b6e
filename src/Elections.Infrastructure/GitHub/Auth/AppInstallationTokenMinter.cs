using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;
using Elections.Infrastructure.GitHub.Rest;
using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>Mints installation tokens with the App JWT (POST /app/installations/{installation_id}/access_tokens).</summary>
public sealed class AppInstallationTokenMinter(GitHubConnection connection, GitHubAppJwt jwt, ILogger logger) : IInstallationTokenMinter
{
    /// <inheritdoc />
    public async Task<InstallationToken> MintAsync(long installationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var route = GitHubRoutes.CreateInstallationToken;
        var (token, _) = jwt.Create();
        var response = await connection.SendAsync(
            new GitHubCall
            {
                Route = route,
                Url = connection.UrlFor(route.Expand(installationId)),
                Body = "{}"u8.ToArray(),
                Token = token,
                CacheScope = "app",
            },
            cancellationToken).ConfigureAwait(false);
        var minted = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireAccessToken);
        GitHubLog.Minted(logger, installationId, minted.ExpiresAt, response.RequestId ?? "-");
        return new InstallationToken(minted.Token, minted.ExpiresAt);
    }
}
