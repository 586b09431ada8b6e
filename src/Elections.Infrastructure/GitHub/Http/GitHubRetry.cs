using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// The resilience pipeline around each GitHub call (Polly): a per-attempt timeout inside a retry.
/// Rate limits (429, 403 with Retry-After / x-ratelimit-remaining 0 / a secondary-limit message) wait
/// what GitHub asks (Retry-After, else until x-ratelimit-reset, else the secondary-limit delay), up to
/// <see cref="GitHubOptions.MaxRetryDelay"/>; longer waits fail the call. 5xx, timeouts and network faults
/// back off exponentially with jitter, but only for <see cref="RetrySafety.Always"/> routes: a POST that
/// creates something is retried only when the answer proves it was not processed.
/// </summary>
internal static class GitHubRetry
{
    public static readonly ResiliencePropertyKey<GitHubCall> CallKey = new("github.call");

    public static ResiliencePipeline<GitHubResponse> Create(GitHubOptions options, TimeProvider time, ILogger logger)
    {
        return new ResiliencePipelineBuilder<GitHubResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GitHubResponse>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0
                    && args.Context.Properties.TryGetValue(CallKey, out var call)
                    && ShouldRetry(args.Outcome, call.Route.Retry, options, time)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(args.Outcome, options, time)),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                    {
                        GitHubLog.Retrying(
                            logger,
                            call.Route.Method,
                            call.Route.Template,
                            Describe(args.Outcome),
                            args.AttemptNumber + 1,
                            (long)args.RetryDelay.TotalMilliseconds,
                            args.Outcome.Result?.RequestId ?? "-",
                            call.DeliveryId ?? "-");
                    }

                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Whether this outcome is worth another attempt under the route's safety rule.</summary>
    public static bool ShouldRetry(Outcome<GitHubResponse> outcome, RetrySafety safety, GitHubOptions options, TimeProvider time)
    {
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                TimeoutRejectedException => safety == RetrySafety.Always,
                OperationCanceledException => false,
                HttpRequestException http => safety == RetrySafety.Always || http.HttpRequestError == HttpRequestError.ConnectionError,
                IOException => safety == RetrySafety.Always,
                _ => false,
            };
        }

        var response = outcome.Result!;
        if (response.IsRateLimited)
        {
            return (RateLimitDelay(outcome, options, time) ?? TimeSpan.Zero) <= options.MaxRetryDelay;
        }

        return safety == RetrySafety.Always && response.Status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
    }

    /// <summary>The wait GitHub asks for, or null to use exponential backoff.</summary>
    public static TimeSpan? RateLimitDelay(Outcome<GitHubResponse> outcome, GitHubOptions options, TimeProvider time)
    {
        if (outcome.Result is not { IsRateLimited: true } response)
        {
            return null;
        }

        if (response.RetryAfter is { } retryAfter)
        {
            return retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
        }

        if (response.RateLimitRemaining == 0 && response.RateLimitReset is { } reset)
        {
            var wait = reset - time.GetUtcNow() + TimeSpan.FromSeconds(1);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return options.SecondaryRateLimitDelay;
    }

    private static string Describe(Outcome<GitHubResponse> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : outcome.Result!.IsRateLimited ? $"{outcome.Result.StatusCode} rate limited" : outcome.Result.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
