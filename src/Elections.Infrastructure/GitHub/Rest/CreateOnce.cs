using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Rest;

/// <summary>
/// Creates a resource with a non-idempotent POST without ever creating it twice. When the answer is
/// lost (a 5xx, a timeout, a dropped connection) the request may or may not have been processed, so
/// before sending it again the client looks for what it would have created; only if nothing is found
/// does it send again. The pipeline still retries rejected requests (429, rate limits) on its own.
/// </summary>
internal static class CreateOnce
{
    /// <summary>How far back a found resource may be dated and still count as ours (clock skew).</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static async Task<T> RunAsync<T>(
        GitHubRestContext rest,
        ILogger logger,
        GitHubRoute route,
        string kind,
        Func<CancellationToken, Task<T>> create,
        Func<DateTimeOffset, CancellationToken, Task<T?>> findCreated,
        CancellationToken cancellationToken)
        where T : class
    {
        var options = rest.Connection.Options;
        var since = rest.Time.GetUtcNow() - Skew;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await create(cancellationToken).ConfigureAwait(false);
            }
            catch (GitHubApiException ex) when (IsLostAnswer(ex) && attempt < options.MaxRetries)
            {
                var delay = TimeSpan.FromTicks(options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 10)));
                await Task.Delay(delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay, rest.Time, cancellationToken).ConfigureAwait(false);
                var existing = await findCreated(since, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    GitHubLog.Reconciled(logger, route.Method, route.Template, ex.StatusCode == 0 ? "no answer" : ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, rest.CallContext.DeliveryId ?? "-");
                    return existing;
                }
            }
        }
    }

    private static bool IsLostAnswer(GitHubApiException ex) => ex.StatusCode == 0 || ex.StatusCode >= 500;
}
