using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Auth;
using Elections.Infrastructure.GitHub.Http;
using Microsoft.Extensions.Logging;
using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// The per-<see cref="IGitHub"/> plumbing around an Octokit client: names the catalogue route of each call, maps
/// Octokit's exceptions to <see cref="GitHubApiException"/> (so callers never see Octokit types), turns 404 into
/// "not found" where the port says so, and replaces a revoked installation token once after a 401.
/// </summary>
internal sealed class GitHubCalls(IGitHubClient client, IGitHubTokenSource tokens, GitHubCallContext context, GitHubOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>All pages, 100 items each (GitHub's largest).</summary>
    public static readonly ApiOptions AllPages = new() { PageSize = 100 };

    public IGitHubClient Client => client;

    public IApiConnection Api { get; } = new ApiConnection(client.Connection);

    public GitHubCallContext Context => context;

    public GitHubOptions Options => options;

    public TimeProvider Time => time;

    public ILogger Logger => logger;

    public async Task<T> RunAsync<T>(GitHubRoute route, Func<IGitHubClient, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await GitHubCancellation.RunAsync(() => call(client), cancellationToken).ConfigureAwait(false);
            }
            catch (AuthorizationException) when (attempt == 0 && context.InstallationId is not null)
            {
                // A revoked or expired installation token: mint a new one once.
                tokens.Invalidate(context.InstallationId);
            }
            catch (ApiException ex)
            {
                throw Map(route, ex);
            }
        }
    }

    public Task RunAsync(GitHubRoute route, Func<IGitHubClient, Task> call, CancellationToken cancellationToken) =>
        RunAsync(
            route,
            async c =>
            {
                await call(c).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>A read whose 404 means "not there".</summary>
    public async Task<GitHubLookup<TResult>> FindAsync<T, TResult>(GitHubRoute route, Func<IGitHubClient, Task<T>> call, Func<T, TResult> map, CancellationToken cancellationToken)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            return GitHubLookup.Of(map(await RunAsync(route, call, cancellationToken).ConfigureAwait(false)));
        }
        catch (GitHubApiException ex) when (ex.StatusCode == 404)
        {
            return default;
        }
    }

    /// <summary>A call whose 404 means "not there" (a no-op for idempotent deletes, "no" for checks): true on 2xx, false on 404.</summary>
    public async Task<bool> RunAllowingNotFoundAsync(GitHubRoute route, Func<IGitHubClient, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(route, call, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GitHubApiException ex) when (ex.StatusCode == 404)
        {
            return false;
        }
    }

    /// <summary>Octokit's exception as the port's, with GitHub's message, request id and whether a rate limit caused it.</summary>
    public static GitHubApiException Map(GitHubRoute route, ApiException exception)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(exception);
        var answer = exception.HttpResponse is { } response ? GitHubResponse.From(response) : new GitHubResponse { Status = exception.StatusCode };
        var message = exception.ApiError?.Message is { Length: > 0 } text ? text : answer.Message();
        return new GitHubApiException(route.Method, route.Template, (int)exception.StatusCode, message, answer.RequestId, exception)
        {
            IsRateLimited = answer.IsRateLimited || exception is RateLimitExceededException or SecondaryRateLimitExceededException,
        };
    }

    /// <summary>True when a 422 says the thing already exists (labels, invitations).</summary>
    public static bool IsAlreadyExists(GitHubApiException exception) =>
        exception?.InnerException is ApiException { StatusCode: System.Net.HttpStatusCode.UnprocessableEntity } inner
        && inner.ApiError?.Errors?.Any(e => e.Code == "already_exists") == true;
}
