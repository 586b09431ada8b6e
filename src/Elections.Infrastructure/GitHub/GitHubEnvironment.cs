using Elections.Core.Validation;
using Elections.Infrastructure.GitHub.Auth;

namespace Elections.Infrastructure.GitHub;

/// <summary>
/// Reads <see cref="GitHubOptions"/> from environment variables (names in docs/github-app.md):
/// GH_TOKEN or GITHUB_TOKEN; or GITHUB_APP_ID / GITHUB_APP_CLIENT_ID with GITHUB_APP_PRIVATE_KEY (PEM text)
/// or GITHUB_APP_PRIVATE_KEY_FILE (a path); GITHUB_API_URL for GitHub Enterprise or the Sandbox.
/// </summary>
public static class GitHubEnvironment
{
    /// <summary>Environment variable names.</summary>
    public const string Token = "GH_TOKEN";

    /// <summary>The Actions default token, used when GH_TOKEN is absent.</summary>
    public const string ActionsToken = "GITHUB_TOKEN";

    /// <summary>The App id.</summary>
    public const string AppId = "GITHUB_APP_ID";

    /// <summary>The App client id.</summary>
    public const string ClientId = "GITHUB_APP_CLIENT_ID";

    /// <summary>The private key PEM text.</summary>
    public const string PrivateKey = "GITHUB_APP_PRIVATE_KEY";

    /// <summary>A path to the private key PEM file.</summary>
    public const string PrivateKeyFile = "GITHUB_APP_PRIVATE_KEY_FILE";

    /// <summary>The REST base URL (Actions sets it).</summary>
    public const string ApiUrl = "GITHUB_API_URL";

    /// <summary>The GraphQL URL (Actions sets it).</summary>
    public const string GraphQlUrl = "GITHUB_GRAPHQL_URL";

    /// <summary>
    /// Builds options from <paramref name="variables"/> (pass Environment.GetEnvironmentVariables()
    /// as a dictionary). Throws <see cref="InvalidInputException"/> naming the variable when the
    /// configuration is incomplete or the key is unreadable.
    /// </summary>
    public static GitHubOptions Read(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        string? Get(string name) => variables.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var options = new GitHubOptions();
        if (Get(ApiUrl) is { } api)
        {
            options = options with { BaseUrl = ParseUrl(api, ApiUrl) };
        }

        if (Get(GraphQlUrl) is { } graphQl)
        {
            options = options with { GraphQlUrl = ParseUrl(graphQl, GraphQlUrl) };
        }

        if ((Get(Token) ?? Get(ActionsToken)) is { } token)
        {
            return options with { Token = token };
        }

        var appId = Get(AppId);
        var clientId = Get(ClientId);
        if (appId is null && clientId is null)
        {
            throw new InvalidInputException(new Problem(
                "environment", 0, Token, $"no GitHub credentials: set {Token} (Actions) or {AppId}/{ClientId} with {PrivateKey} or {PrivateKeyFile} (App)"));
        }

        string pem;
        if (Get(PrivateKey) is { } text)
        {
            pem = text.Replace("\\n", "\n", StringComparison.Ordinal);
            GitHubAppKey.Validate(pem, PrivateKey);
        }
        else if (Get(PrivateKeyFile) is { } path)
        {
            pem = GitHubAppKey.ReadFile(path);
        }
        else
        {
            throw new InvalidInputException(new Problem(
                "environment", 0, PrivateKey, $"the App needs its private key: set {PrivateKey} (PEM text) or {PrivateKeyFile} (path to the .pem downloaded from the App settings)"));
        }

        return options with { AppId = appId, ClientId = clientId, PrivateKeyPem = pem };
    }

    private static Uri ParseUrl(string text, string name) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidInputException(new Problem("environment", 0, name, $"'{text}' is not an http(s) URL"));
}
