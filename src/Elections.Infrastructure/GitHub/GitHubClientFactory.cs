using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Auth;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elections.Infrastructure.GitHub;

/// <summary>
/// Builds <see cref="IGitHub"/> clients over one shared connection and token cache. With a fixed token
/// (Actions: GH_TOKEN) no JWT is signed; with an App key, installation tokens are minted and cached.
/// Create one per process and dispose it at shutdown.
/// </summary>
public sealed class GitHubClientFactory : IGitHubFactory, IDisposable
{
    private readonly GitHubConnection _connection;
    private readonly IGitHubTokenSource _tokens;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly HttpClient? _ownedHttp;
    private readonly GitHubAppJwt? _jwt;
    private readonly InstallationTokenSource? _ownedTokens;

    /// <summary>Creates the factory. Pass <paramref name="http"/> to share a handler; otherwise one is created and owned.</summary>
    public GitHubClientFactory(GitHubOptions options, ILogger? logger = null, TimeProvider? time = null, HttpClient? http = null, IGitHubTokenSource? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        if (http is null)
        {
            _ownedHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        }

        _connection = new GitHubConnection(http ?? _ownedHttp!, options, _logger, _time);
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
            _ownedTokens = new InstallationTokenSource(new AppInstallationTokenMinter(_connection, _jwt, _logger), _time, options.TokenRefreshMargin);
            _tokens = _ownedTokens;
        }
        else
        {
            throw new ArgumentException("GitHub options need a Token, or an AppId/ClientId with a PrivateKeyPem", nameof(options));
        }
    }

    /// <summary>The shared connection (for tools that call routes directly).</summary>
    public GitHubConnection Connection => _connection;

    /// <inheritdoc />
    public IGitHub Create(GitHubCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new RestGitHub(new GitHubRestContext(_connection, _tokens, context, _time), _logger);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ownedTokens?.Dispose();
        _jwt?.Dispose();
        _ownedHttp?.Dispose();
    }
}
