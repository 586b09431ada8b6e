namespace Elections.App.Ports;

/// <summary>
/// The durable store: deliveries (deduplicated on <c>X-GitHub-Delivery</c>), the work queue with
/// leases, the effects journal (idempotency key → outcome) and the append-only audit log.
/// Implemented on SQLite (embedded default) and PostgreSQL (several host instances).
/// </summary>
public interface IStore : IAsyncDisposable
{
    /// <summary>Applies the versioned migrations not yet applied; safe to call from several instances at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Records and queues a delivery; false when its id was seen before (nothing changes then).</summary>
    Task<bool> TryEnqueueAsync(InboundDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> due deliveries to <paramref name="worker"/>. A delivery is
    /// due when it is waiting, or its previous lease expired (the worker died). No two workers ever
    /// hold the same delivery at once. A delivery with a subject is not leased while an earlier delivery
    /// with the same subject is still queued or leased: one subject at a time, in the order received.
    /// </summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string worker, int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks a claimed delivery done; false when the lease was lost (another worker has it now).</summary>
    Task<bool> CompleteAsync(ClaimedDelivery delivery, string outcome, CancellationToken cancellationToken);

    /// <summary>Returns a claimed delivery to the queue, due again after <paramref name="delay"/>.</summary>
    Task<bool> RetryLaterAsync(ClaimedDelivery delivery, string reason, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Gives up on a claimed delivery: it leaves the queue as failed with the error.</summary>
    Task<bool> FailAsync(ClaimedDelivery delivery, string reason, CancellationToken cancellationToken);

    Task<DeliveryStatus> GetDeliveryAsync(string deliveryId, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Writes a heartbeat and commits it; throws when the store cannot accept writes (health checks use it).</summary>
    Task CheckWritableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims an effect's idempotency key before applying it. A claim nobody is working on is taken
    /// over: one made by this same delivery (an earlier attempt that died), one whose delivery waits in
    /// the queue unleased (its lease expired or was released), or one older than <paramref name="staleAfter"/>.
    /// </summary>
    Task<EffectClaim> TryBeginEffectAsync(string key, string deliveryId, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Records the effect as applied, with its outcome; later claims answer AlreadyDone.</summary>
    Task CompleteEffectAsync(string key, string outcome, CancellationToken cancellationToken);

    /// <summary>Releases a claim whose application failed, so a retry may try again.</summary>
    Task AbandonEffectAsync(string key, CancellationToken cancellationToken);

    /// <summary>The journaled outcome of an applied effect, read-only (dry runs use it).</summary>
    Task<EffectClaim> PeekEffectAsync(string key, CancellationToken cancellationToken);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The most recent audit entries, newest last.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(int limit, CancellationToken cancellationToken);
}
