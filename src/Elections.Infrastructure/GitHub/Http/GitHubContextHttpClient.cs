using Elections.App.Ports.GitHub;
using Octokit;
using Octokit.Internal;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// Octokit's <see cref="IHttpClient"/> for one call context, over the shared adapter and handler pipeline: adds our
/// delivery id and the API version, passes the port caller's cancellation on (<see cref="GitHubCancellation"/>), leaves timing to the pipeline (Octokit's own 100 s cap would cut rate-limit
/// waits short), and refuses to send credentials to any host but the configured API (e.g. a forged Link header).
/// </summary>
internal sealed class GitHubContextHttpClient(IHttpClient shared, GitHubOptions options, GitHubCallContext context) : IHttpClient
{
    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = new Uri(request.BaseAddress, request.Endpoint);
        if (!IsSameOrigin(url, options.BaseUrl) && !IsSameOrigin(url, options.EffectiveGraphQlUrl))
        {
            throw new GitHubApiException(request.Method.Method, url.AbsolutePath, 0, $"refusing to send credentials to {url.Authority}", null);
        }

        request.Headers["X-GitHub-Api-Version"] = options.ApiVersion;
        if (context.DeliveryId is { } delivery)
        {
            request.Headers["X-GitHub-Delivery"] = delivery;
        }

        if (request is Request mutable)
        {
            mutable.Timeout = TimeSpan.Zero;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, GitHubCancellation.Current);
        return await shared.Send(request, linked.Token, preprocessResponseBody).ConfigureAwait(false);
    }

    public void SetRequestTimeout(TimeSpan timeout)
    {
        // Attempts are timed by the resilience handler (GitHubOptions.AttemptTimeout).
    }

    public void Dispose()
    {
        // The shared adapter belongs to the factory.
    }

    private static bool IsSameOrigin(Uri url, Uri expected) =>
        string.Equals(url.Scheme, expected.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.Authority, expected.Authority, StringComparison.OrdinalIgnoreCase);
}
