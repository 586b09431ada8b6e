using System.Globalization;
using Elections.App.Configuration;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub.Auth;

namespace Elections.Infrastructure.GitHub;

/// <summary>
/// Turns the bot's <see cref="ElectionsOptions"/> into <see cref="GitHubOptions"/>: a token (GH_TOKEN, else
/// GITHUB_TOKEN) or App credentials (ELECTIONS_APP_ID / ELECTIONS_CLIENT_ID with ELECTIONS_PRIVATE_KEY or
/// ELECTIONS_PRIVATE_KEY_FILE). Every variable is described in docs/environment.md.
/// </summary>
public static class GitHubEnvironment
{
    /// <summary>
    /// Builds the GitHub options. Throws <see cref="InvalidInputException"/> naming the variable when the
    /// credentials are incomplete or the key is unreadable.
    /// </summary>
    public static GitHubOptions ToGitHubOptions(ElectionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gitHub = new GitHubOptions { BaseUrl = options.GitHubApiUrl, GraphQlUrl = options.GitHubGraphQlUrl };
        if (options.Token.Length > 0)
        {
            return gitHub with { Token = options.Token };
        }

        if (options.AppId is null && options.ClientId.Length == 0)
        {
            throw new InvalidInputException(new Problem(
                "environment", 0, ElectionsVariables.Token,
                $"no GitHub credentials: set {ElectionsVariables.Token} (Actions) or {ElectionsVariables.AppId}/{ElectionsVariables.ClientId} with {ElectionsVariables.PrivateKey} or {ElectionsVariables.PrivateKeyFile} (App)"));
        }

        string pem;
        if (options.PrivateKey.Length > 0)
        {
            pem = options.PrivateKey;
            GitHubAppKey.Validate(pem, ElectionsVariables.PrivateKey);
        }
        else if (options.PrivateKeyFile.Length > 0)
        {
            pem = GitHubAppKey.ReadFile(options.PrivateKeyFile);
        }
        else
        {
            throw new InvalidInputException(new Problem(
                "environment", 0, ElectionsVariables.PrivateKey,
                $"the App needs its private key: set {ElectionsVariables.PrivateKey} (PEM text) or {ElectionsVariables.PrivateKeyFile} (path to the .pem downloaded from the App settings)"));
        }

        return gitHub with
        {
            AppId = options.AppId?.ToString(CultureInfo.InvariantCulture),
            ClientId = options.ClientId.Length > 0 ? options.ClientId : null,
            PrivateKeyPem = pem,
        };
    }
}
