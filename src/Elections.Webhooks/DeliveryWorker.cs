using System.Globalization;
using Elections.App;
using Elections.App.Configuration;
using Elections.App.Events;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Routing;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// Processes queued deliveries: claims them with a lease, deserialises each payload once into
/// Octokit.Webhooks' typed event, routes it through the <see cref="EventRouter"/>, and completes,
/// retries with backoff, or gives up after the last attempt. A payload that cannot be deserialised
/// fails at once with the reason (a retry would read the same bytes). A delivery whose worker died
/// is claimed again when its lease expires.
/// </summary>
public sealed partial class DeliveryWorker(
    IOptions<ElectionsOptions> settings,
    IStore store,
    EventRouter router,
    DeliverySignal signal,
    TimeProvider time,
    ILogger<DeliveryWorker> logger,
    RepositoryInstallations installations) : BackgroundService
{
    private const int BatchSize = 4;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan InProgressRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxStorePause = TimeSpan.FromSeconds(5);

    private readonly ElectionsOptions _options = settings.Value;

    /// <summary>This process's worker names start with it: host name and process id.</summary>
    public string InstanceName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(1, _options.Workers).Select(n => RunAsync($"{InstanceName}/{n}", stoppingToken)));

    /// <summary>
    /// Claims and processes until the host stops. Any failure (the store gone mid-delivery included) is
    /// logged and retried after a pause that doubles while failures last; the deliveries in hand are
    /// claimed again when their leases expire, so nothing is lost and the worker never stops on its own.
    /// </summary>
    private async Task RunAsync(string worker, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await store.ClaimAsync(worker, BatchSize, _options.Lease, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (batch.Count == 0)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var delivery in batch)
                {
                    await ProcessAsync(delivery, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                var pause = TimeSpan.FromTicks(Math.Min(MaxStorePause.Ticks, _options.PollInterval.Ticks << Math.Min(failures - 1, 16)));
                Log.StoreUnavailable(logger, worker, failures, pause.TotalSeconds, $"{exception.GetType().Name}: {exception.Message}");
                await Task.Delay(pause, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Routes one claimed delivery and records the result.</summary>
    public async Task ProcessAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["DeliveryId"] = delivery.DeliveryId,
            ["Event"] = delivery.EventName,
            ["Attempt"] = delivery.Attempt,
        });
        if (!WebhookEventReader.TryRead(delivery.EventName, delivery.Payload, out var payload, out var error))
        {
            Log.Failed(logger, delivery.DeliveryId, error);
            await store.FailAsync(delivery, error, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var context = DeliveryContext.For(delivery.DeliveryId, delivery.EventName, payload, _options.DryRun);
        installations.Remember(context.Repository, context.InstallationId);
        try
        {
            var report = await router.RouteAsync(context, payload, cancellationToken).ConfigureAwait(false);
            if (!await store.CompleteAsync(delivery, Summarize(report), CancellationToken.None).ConfigureAwait(false))
            {
                Log.LeaseLost(logger, delivery.DeliveryId);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease expires and another worker (or this one after restart) resumes it.
            throw;
        }
        catch (EffectInProgressException exception)
        {
            await RetryOrFailAsync(delivery, context, exception, InProgressRetryDelay).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await RetryOrFailAsync(delivery, context, exception, _options.RetryDelay).ConfigureAwait(false);
        }
    }

    /// <summary>Retries after <paramref name="firstDelay"/>, doubled per attempt, or gives up after the last attempt.</summary>
    private async Task RetryOrFailAsync(ClaimedDelivery delivery, DeliveryContext context, Exception exception, TimeSpan firstDelay)
    {
        var reason = $"{exception.GetType().Name}: {exception.Message}";
        if (delivery.Attempt >= _options.MaxAttempts)
        {
            Log.Failed(logger, delivery.DeliveryId, reason);
            await store.FailAsync(delivery, reason, CancellationToken.None).ConfigureAwait(false);
            await store.AppendAuditAsync(
                new AuditEntry
                {
                    At = time.GetUtcNow(),
                    Actor = context.Sender,
                    Action = $"gave up on {context.Key} after {delivery.Attempt} attempts",
                    Subject = delivery.DeliveryId,
                    Reason = reason,
                    DeliveryId = delivery.DeliveryId,
                },
                CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, firstDelay.Ticks << Math.Min(delivery.Attempt - 1, 20)));
        Log.Retrying(logger, delivery.DeliveryId, delivery.Attempt, delay.TotalSeconds, reason);
        await store.RetryLaterAsync(delivery, reason, delay, CancellationToken.None).ConfigureAwait(false);
    }

    private static string Summarize(DeliveryReport report)
    {
        if (report.IgnoredReason.Length > 0)
        {
            return "ignored: " + report.IgnoredReason;
        }

        var skips = report.Handlers.Where(h => h.SkipReason.Length > 0).Select(h => $"{h.Feature} skipped: {h.SkipReason}");
        var effects = report.Effects.GroupBy(e => e.Status).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
        return string.Join("; ", skips.Concat(effects));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} attempt {Attempt} failed; retrying in {DelaySeconds}s: {Reason}")]
        public static partial void Retrying(ILogger logger, string deliveryId, int attempt, double delaySeconds, string reason);

        [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Delivery {DeliveryId} failed for good: {Reason}")]
        public static partial void Failed(ILogger logger, string deliveryId, string reason);

        [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} finished after its lease expired; another worker owns it now")]
        public static partial void LeaseLost(ILogger logger, string deliveryId);

        [LoggerMessage(EventId = 404, Level = LogLevel.Error, Message = "Worker {Worker} failed {Failures} time(s) in a row, the store is likely unavailable; trying again in {PauseSeconds}s: {Reason}")]
        public static partial void StoreUnavailable(ILogger logger, string worker, int failures, double pauseSeconds, string reason);
    }
}
