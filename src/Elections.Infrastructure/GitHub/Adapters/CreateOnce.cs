using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// Creates a resource with a non-idempotent POST without ever creating it twice. When the answer is lost (a 5xx, a
/// timeout, a dropped connection) the request may or may not have been processed, so before sending it again the
/// client looks for what it would have created, identified by the effect's marker; only if nothing is found does
/// it send again. The handler pipeline still retries rejected requests (429, rate limits) on its own.
/// </summary>
internal static class CreateOnce
{
    public static async Task<T> RunAsync<T>(
        GitHubCalls calls,
        GitHubRoute route,
        string kind,
        Func<CancellationToken, Task<T>> create,
        Func<CancellationToken, Task<T?>> findCreated,
        CancellationToken cancellationToken)
        where T : class
    {
        var options = calls.Options;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await create(cancellationToken).ConfigureAwait(false);
            }
            catch (GitHubApiException ex) when (IsLostAnswer(ex) && attempt < options.MaxRetries)
            {
                var delay = TimeSpan.FromTicks(options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 10)));
                await Task.Delay(delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay, calls.Time, cancellationToken).ConfigureAwait(false);
                var existing = await findCreated(cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    GitHubLog.Reconciled(
                        calls.Logger,
                        route.Method,
                        route.Template,
                        ex.StatusCode == 0 ? "no answer" : ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        kind,
                        calls.Context.DeliveryId ?? "-");
                    return existing;
                }
            }
        }
    }

    private static bool IsLostAnswer(GitHubApiException ex) => ex.StatusCode == 0 || ex.StatusCode >= 500;
}
