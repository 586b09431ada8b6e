using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Adapters;
using Elections.Infrastructure.GitHub.Auth;
using Elections.Infrastructure.GitHub.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Octokit;
using Octokit.Internal;

namespace Elections.Infrastructure.GitHub;

/// <summary>
/// Builds <see cref="IGitHub"/> clients: an Octokit <see cref="GitHubClient"/> per call context over one shared
/// <see cref="HttpClientAdapter"/> whose handlers retry, wait out rate limits and log request ids, with one shared
/// conditional-request cache and token cache. With a fixed token (Actions: GH_TOKEN) no JWT is signed; with an App
/// key, installation tokens are minted and cached. Create one per process and dispose it at shutdown.
/// </summary>
public sealed class GitHubClientFactory : IGitHubFactory, IDisposable
{
    private readonly GitHubOptions _options;
    private readonly HttpClientAdapter _http;
    private readonly GitHubResponseCache _cache;
    private readonly IGitHubTokenSource _tokens;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly GitHubAppJwt? _jwt;
    private readonly InstallationTokenSource? _ownedTokens;

    /// <summary>
    /// Creates the factory. <paramref name="primaryHandler"/> is the innermost handler (a pooled
    /// <see cref="SocketsHttpHandler"/> by default); the factory owns and disposes it.
    /// </summary>
    public GitHubClientFactory(GitHubOptions options, ILogger? logger = null, TimeProvider? time = null, HttpMessageHandler? primaryHandler = null, IGitHubTokenSource? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _cache = new GitHubResponseCache(options.ETagCacheSize);
        var inner = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _http = new HttpClientAdapter(() => new GitHubResilienceHandler(options, _time, _logger)
        {
            InnerHandler = new GitHubLoggingHandler(options, _time, _logger) { InnerHandler = inner },
        });
        _http.SetRequestTimeout(Timeout.InfiniteTimeSpan); // attempts are timed by the resilience handler
        if (tokens is not null)
        {
            _tokens = tokens;
        }
        else if (options.UsesFixedToken)
        {
            _tokens = new FixedGitHubTokenSource(options.Token!);
        }
        else if (!string.IsNullOrEmpty(options.Issuer) && !string.IsNullOrEmpty(options.PrivateKeyPem))
        {
            _jwt = new GitHubAppJwt(options.Issuer, options.PrivateKeyPem, _time);
            var app = Client(new AppJwtTokenSource(_jwt), GitHubCallContext.None, cache: null);
            _ownedTokens = new InstallationTokenSource(new AppInstallationTokenMinter(app, _logger), _time, options.TokenRefreshMargin);
            _tokens = _ownedTokens;
        }
        else
        {
            throw new ArgumentException("GitHub options need a Token, or an AppId/ClientId with a PrivateKeyPem", nameof(options));
        }
    }

    /// <inheritdoc />
    public IGitHub Create(GitHubCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.InstallationId is { } id ? $"installation:{id}" : "token";
        var client = Client(_tokens, context, _cache.For(scope));
        return new OctokitGitHub(new GitHubCalls(client, _tokens, context, _options, _time, _logger));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ownedTokens?.Dispose();
        _jwt?.Dispose();
        _http.Dispose();
    }

    private GitHubClient Client(IGitHubTokenSource tokens, GitHubCallContext context, Octokit.Caching.IResponseCache? cache)
    {
        var connection = new Connection(
            new ProductHeaderValue(_options.UserAgent),
            _options.BaseUrlWithSlash,
            new TokenCredentialStore(tokens, context.InstallationId),
            new GitHubContextHttpClient(_http, _options, context),
            new SimpleJsonSerializer());
        if (cache is not null)
        {
            connection.ResponseCache = cache;
        }

        return new GitHubClient(connection);
    }
}
