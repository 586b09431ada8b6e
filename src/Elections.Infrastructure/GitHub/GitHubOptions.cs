namespace Elections.Infrastructure.GitHub;

/// <summary>
/// How to reach and authenticate to GitHub. Either a fixed <see cref="Token"/> (Actions: GH_TOKEN from
/// actions/create-github-app-token; no JWT is signed) or an App (<see cref="AppId"/> or <see cref="ClientId"/>
/// plus a private key) whose installation tokens are minted and cached per installation.
/// See docs/github-app.md for the environment variables.
/// </summary>
public sealed record GitHubOptions
{
    /// <summary>The REST base URL (GitHub: https://api.github.com; the Sandbox: its loopback URL).</summary>
    public Uri BaseUrl { get; init; } = new("https://api.github.com/");

    /// <summary>The GraphQL endpoint; defaults to <c>{BaseUrl}/graphql</c>.</summary>
    public Uri? GraphQlUrl { get; init; }

    /// <summary>A fixed token (GH_TOKEN / GITHUB_TOKEN); when set, no JWT is signed. Never logged.</summary>
    public string? Token { get; init; }

    /// <summary>The App id (numeric, as text); used as the JWT issuer when <see cref="ClientId"/> is empty.</summary>
    public string? AppId { get; init; }

    /// <summary>The App client id (Iv23...); GitHub's preferred JWT issuer.</summary>
    public string? ClientId { get; init; }

    /// <summary>The App private key, PEM text (PKCS#1 or PKCS#8). Never logged.</summary>
    public string? PrivateKeyPem { get; init; }

    /// <summary>The User-Agent GitHub requires.</summary>
    public string UserAgent { get; init; } = "elections-bot";

    /// <summary>The X-GitHub-Api-Version to request.</summary>
    public string ApiVersion { get; init; } = "2022-11-28";

    /// <summary>An installation token is refreshed when it has less than this left (GitHub issues them for 1 hour).</summary>
    public TimeSpan TokenRefreshMargin { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt, for faults worth retrying.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first backoff delay for 5xx and network faults (doubles each attempt, with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait: Retry-After or x-ratelimit-reset beyond this fails the call instead.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait for a secondary rate limit that gives no Retry-After (GitHub asks for at least a minute).</summary>
    public TimeSpan SecondaryRateLimitDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-attempt timeout: a slow or dropped response is abandoned and retried (if safe).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most conditional-request cache entries (ETags) kept; 0 disables the cache.</summary>
    public int ETagCacheSize { get; init; } = 2048;

    /// <summary>True when a fixed token is configured.</summary>
    public bool UsesFixedToken => !string.IsNullOrEmpty(Token);

    /// <summary>The JWT issuer: the client id when given, else the App id.</summary>
    public string Issuer => !string.IsNullOrEmpty(ClientId) ? ClientId : AppId ?? "";

    /// <summary>The GraphQL endpoint in effect.</summary>
    public Uri EffectiveGraphQlUrl => GraphQlUrl ?? new Uri(BaseUrlWithSlash, "graphql");

    /// <summary>The base URL with a trailing slash, so relative paths append.</summary>
    public Uri BaseUrlWithSlash => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
}
