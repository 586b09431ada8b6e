using Elections.Infrastructure.GitHub.Adapters;
using Elections.Infrastructure.GitHub.Http;
using Microsoft.Extensions.Logging;
using Octokit;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>Mints installation tokens with Octokit acting as the App (JWT): POST /app/installations/{installation_id}/access_tokens.</summary>
public sealed class AppInstallationTokenMinter : IInstallationTokenMinter
{
    private readonly IGitHubClient _app;
    private readonly ILogger _logger;

    /// <summary>Creates the minter over a client whose credential is the App JWT.</summary>
    public AppInstallationTokenMinter(IGitHubClient app, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(logger);
        _app = app;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<InstallationToken> MintAsync(long installationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AccessToken minted;
        try
        {
            minted = await _app.GitHubApps.CreateInstallationToken(installationId).ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            throw GitHubCalls.Map(GitHubRoutes.CreateInstallationToken, ex);
        }

        GitHubLog.Minted(_logger, installationId, minted.ExpiresAt);
        return new InstallationToken(minted.Token, minted.ExpiresAt);
    }
}
