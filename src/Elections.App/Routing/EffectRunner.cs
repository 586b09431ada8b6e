using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports;
using Microsoft.Extensions.Logging;

namespace Elections.App.Routing;

/// <summary>
/// Applies effects at most once per idempotency key: claims the key in the journal, applies,
/// records the outcome and an audit entry. With dry run it only reports, reading the journal to say
/// which effects were applied before.
/// </summary>
public sealed partial class EffectRunner(
    IStore store,
    EffectAppliers appliers,
    TimeProvider time,
    ILogger<EffectRunner> logger)
{
    /// <summary>A claim older than this is presumed abandoned by a dead worker and taken over.</summary>
    public TimeSpan StaleClaimAfter { get; init; } = TimeSpan.FromMinutes(5);

    public async Task<EffectReport> RunAsync(Effect effect, DeliveryContext context, string feature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var key = effect.IdempotencyKey;
        var description = effect.Describe();
        if (context.DryRun)
        {
            var seen = await store.PeekEffectAsync(key, cancellationToken).ConfigureAwait(false);
            return seen.Result == EffectClaimResult.AlreadyDone
                ? new EffectReport(key, description, EffectStatus.AlreadyApplied, seen.Outcome)
                : new EffectReport(key, description, EffectStatus.WouldApply, "");
        }

        var claim = await store.TryBeginEffectAsync(key, context.DeliveryId, StaleClaimAfter, cancellationToken).ConfigureAwait(false);
        switch (claim.Result)
        {
            case EffectClaimResult.AlreadyDone:
                Log.AlreadyApplied(logger, key);
                return new EffectReport(key, description, EffectStatus.AlreadyApplied, claim.Outcome);
            case EffectClaimResult.InProgress:
                throw new EffectInProgressException(key);
        }

        string outcome;
        try
        {
            outcome = await appliers.ApplyAsync(effect, context, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.AbandonEffectAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await store.CompleteEffectAsync(key, outcome, CancellationToken.None).ConfigureAwait(false);
        await store.AppendAuditAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = context.Sender,
                Action = description,
                Subject = key,
                Reason = $"{feature} on {context.Key}",
                DeliveryId = context.DeliveryId,
            },
            CancellationToken.None).ConfigureAwait(false);
        Log.Applied(logger, key, outcome);
        return new EffectReport(key, description, EffectStatus.Applied, outcome);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Applied effect {Key}: {Outcome}")]
        public static partial void Applied(ILogger logger, string key, string outcome);

        [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Effect {Key} was applied before; skipped")]
        public static partial void AlreadyApplied(ILogger logger, string key);
    }
}
