using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// The resilience pipeline around each GitHub request (Polly), run by <see cref="GitHubResilienceHandler"/>: a per-attempt timeout inside a retry.
/// Rate limits (429, 403 with Retry-After / x-ratelimit-remaining 0 / a secondary-limit message) wait
/// what GitHub asks (Retry-After, else until x-ratelimit-reset, else the secondary-limit delay), up to
/// <see cref="GitHubOptions.MaxRetryDelay"/>; longer waits fail the call. 5xx, timeouts and network faults
/// back off exponentially with jitter, but only for <see cref="RetrySafety.Always"/> routes: a POST that
/// creates something is retried only when the answer proves it was not processed.
/// </summary>
internal static class GitHubRetry
{
    public static readonly ResiliencePropertyKey<GitHubRoute> RouteKey = new("github.route");

    public static readonly ResiliencePropertyKey<string> DeliveryKey = new("github.delivery");

    public static ResiliencePipeline<GitHubAttempt> Create(GitHubOptions options, TimeProvider time, ILogger logger)
    {
        return new ResiliencePipelineBuilder<GitHubAttempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GitHubAttempt>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0
                    && args.Context.Properties.TryGetValue(RouteKey, out var route)
                    && ShouldRetry(Answer(args.Outcome), route.Retry, options, time)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(Answer(args.Outcome), options, time)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Message.Dispose();
                    if (args.Context.Properties.TryGetValue(RouteKey, out var route))
                    {
                        GitHubLog.Retrying(
                            logger,
                            route.Method,
                            route.Template,
                            Describe(Answer(args.Outcome)),
                            args.AttemptNumber + 1,
                            (long)args.RetryDelay.TotalMilliseconds,
                            args.Outcome.Result?.Answer.RequestId ?? "-",
                            args.Context.Properties.GetValue(DeliveryKey, "-"));
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
        ArgumentNullException.ThrowIfNull(options);
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
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
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

    private static Outcome<GitHubResponse> Answer(Outcome<GitHubAttempt> outcome) =>
        outcome.Exception is { } exception ? Outcome.FromException<GitHubResponse>(exception) : Outcome.FromResult(outcome.Result!.Answer);

    private static string Describe(Outcome<GitHubResponse> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : outcome.Result!.IsRateLimited ? $"{outcome.Result.StatusCode} rate limited" : outcome.Result.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One attempt's HTTP answer and what the retry rules read from it.</summary>
internal sealed record GitHubAttempt(HttpResponseMessage Message, GitHubResponse Answer);
