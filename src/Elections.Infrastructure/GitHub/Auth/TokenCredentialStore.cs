using Octokit;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>Octokit's credentials for one call context: the installation token (minted and cached), GH_TOKEN, or the App JWT, sent as Bearer.</summary>
internal sealed class TokenCredentialStore(IGitHubTokenSource tokens, long? installationId) : ICredentialStore
{
    public async Task<Credentials> GetCredentials() =>
        new(await tokens.GetTokenAsync(installationId, CancellationToken.None).ConfigureAwait(false), AuthenticationType.Bearer);
}
