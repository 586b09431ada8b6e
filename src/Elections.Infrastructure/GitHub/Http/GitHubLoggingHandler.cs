using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>One log line per attempt: route template (never the URL's query or a token), status, time, GitHub's request id and our delivery id.</summary>
internal sealed class GitHubLoggingHandler(GitHubOptions options, TimeProvider time, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return response;
        }

        var route = GitHubResilienceHandler.RouteOf(request, options);
        var requestId = response.Headers.TryGetValues("X-GitHub-Request-Id", out var ids) ? ids.FirstOrDefault() ?? "-" : "-";
        var remaining = response.Headers.TryGetValues("x-ratelimit-remaining", out var left) ? left.FirstOrDefault() ?? "-" : "-";
        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var attempt = request.Options.TryGetValue(GitHubResilienceHandler.AttemptKey, out var number) ? number : 1;
        var delivery = GitHubResilienceHandler.DeliveryOf(request);
        GitHubLog.Answered(logger, route.Method, route.Template, (int)response.StatusCode, elapsedMs, attempt, requestId, delivery, remaining);
        return response;
    }
}
