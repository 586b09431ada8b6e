using System.Data.Common;
using Elections.App.Ports;

namespace Elections.Infrastructure.Store;

/// <summary>
/// The <see cref="IStore"/> logic shared by both databases: plain SQL that SQLite and PostgreSQL
/// both accept (<c>ON CONFLICT</c>, <c>RETURNING</c>), with the few differences left to the dialect.
/// Times are Unix milliseconds from the injected <see cref="TimeProvider"/>.
/// </summary>
public abstract partial class SqlStore : IStore, IConflictRegister, IVotingLedger
{
    private protected const string Queued = "queued";
    private const string Done = "done";
    private const string Failed = "failed";
    private const string Started = "started";

    private readonly TimeProvider _time;
    private readonly EnqueueBatcher _batcher;

    /// <param name="time">The clock for due times, leases and records.</param>
    /// <param name="acknowledgementWriters">Batches committed at once: one for SQLite (one writer anyway), more where commits overlap.</param>
    protected SqlStore(TimeProvider time, int acknowledgementWriters)
    {
        _time = time;
        _batcher = new EnqueueBatcher(WriteBatchAsync, acknowledgementWriters);
    }

    /// <summary>Short name for logs and health: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public abstract string Kind { get; }

    internal abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// The claim's condition on a due row (aliased <c>due</c>): no subject, or no earlier row of its subject
    /// left in the queue (queued, retrying or leased), so one subject is worked on at a time, in order.
    /// </summary>
    private protected const string FirstOfSubject =
        "(due.subject = '' OR NOT EXISTS (SELECT 1 FROM queue earlier WHERE earlier.subject = due.subject AND earlier.seq < due.seq))";

    /// <summary>The claim statement: leases due rows (see <see cref="FirstOfSubject"/>); PostgreSQL adds <c>FOR UPDATE SKIP LOCKED</c>.</summary>
    protected abstract string ClaimSql { get; }

    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the migrations, inside their transaction (PostgreSQL takes an advisory lock).</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Waits for the acknowledgements already handed over, then releases the database. Once only: the container
    /// disposes the store both as <c>IStore</c> and as <c>IConflictGroups</c>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _batcher.DisposeAsync().ConfigureAwait(false);
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private int _disposed;

    protected abstract ValueTask DisposeCoreAsync();

    /// <summary>
    /// Serializes this process's writers before they reach the database. SQLite allows one writer at a
    /// time and otherwise makes the others sleep and retry; its gate lets <paramref name="urgent"/>
    /// (acknowledgement) writes go first.
    /// </summary>
    protected virtual ValueTask<IDisposable> EnterWriteAsync(bool urgent, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IDisposable>(NoGate.Instance);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        var applied = Convert.ToInt32(
            await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        foreach (var migration in Migrations.Where(m => m.Version > applied).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @now)",
                cancellationToken,
                ("version", migration.Version),
                ("description", migration.Description),
                ("now", Now())).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The highest migration version applied.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var value = await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits for a group commit (see <see cref="EnqueueBatcher"/>): the delivery is durable when this returns true.</summary>
    public Task<bool> TryEnqueueAsync(InboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return _batcher.EnqueueAsync(delivery, cancellationToken);
    }

    /// <summary>
    /// Writes one batch of distinct deliveries, queued in the order received (ties keep arrival order), which
    /// is the order of a subject's deliveries. PostgreSQL inserts the deliveries rows in id order, so two
    /// instances inserting the same ids lock them in the same order.
    /// </summary>
    private async Task<IReadOnlySet<string>> WriteBatchAsync(IReadOnlyList<InboundDelivery> batch)
    {
        var rows = batch.OrderBy(d => d.ReceivedAt).ToList();
        using var gate = await EnterWriteAsync(urgent: true, CancellationToken.None).ConfigureAwait(false);
        await using var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        return await InsertBatchAsync(connection, rows, Now()).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the deliveries, queues the new ones and returns their ids, in one transaction: here one
    /// multi-row insert per table; PostgreSQL does both in one statement.
    /// </summary>
    private protected virtual async Task<IReadOnlySet<string>> InsertBatchAsync(DbConnection connection, IReadOnlyList<InboundDelivery> rows, long now)
    {
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        var inserted = await ReadIdsAsync(
            Command(
                connection,
                transaction,
                $"INSERT INTO deliveries (delivery_id, event, received_at, state) VALUES {Rows(rows.Count, i => $"(@id{i}, @event{i}, @received{i}, @state)")} ON CONFLICT (delivery_id) DO NOTHING RETURNING delivery_id",
                [.. RowParameters(rows, "id", "event", "received"), ("state", Queued)])).ConfigureAwait(false);
        var queued = rows.Where(d => inserted.Contains(d.DeliveryId)).ToList();
        if (queued.Count > 0)
        {
            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO queue (delivery_id, event, payload, subject, available_at, lease_until, attempts) VALUES {Rows(queued.Count, i => $"(@id{i}, @event{i}, @payload{i}, @subject{i}, @now, 0, 0)")}",
                CancellationToken.None,
                [.. RowParameters(queued, "id", "event", "payload", "subject"), ("now", now)]).ConfigureAwait(false);
        }

        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return inserted;
    }

    /// <summary><c>(@id0, …), (@id1, …)</c>: one row per delivery.</summary>
    private protected static string Rows(int count, Func<int, string> row) => string.Join(", ", Enumerable.Range(0, count).Select(row));

    /// <summary>The parameters of <see cref="Rows"/>: <c>@id0</c>, <c>@event0</c>, … for the named columns (id, event, received, subject, payload).</summary>
    private protected static IEnumerable<(string Name, object Value)> RowParameters(IReadOnlyList<InboundDelivery> rows, params string[] columns) =>
        rows.SelectMany((delivery, i) => columns.Select(column => ($"{column}{i}", column switch
        {
            "id" => (object)delivery.DeliveryId,
            "event" => delivery.EventName,
            "received" => delivery.ReceivedAt.ToUnixTimeMilliseconds(),
            "subject" => delivery.Subject,
            _ => delivery.Payload.ToArray(),
        })));

    /// <summary>Runs <paramref name="command"/> and disposes it; returns the first column of every row.</summary>
    private protected static async Task<IReadOnlySet<string>> ReadIdsAsync(DbCommand command)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string worker, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        var now = Now();
        var until = now + (long)lease.TotalMilliseconds;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, ClaimSql, ("worker", worker), ("until", until), ("now", now), ("max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<ClaimedDelivery>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            claimed.Add(new ClaimedDelivery
            {
                DeliveryId = reader.GetString(0),
                EventName = reader.GetString(1),
                Payload = reader.GetFieldValue<byte[]>(2),
                Attempt = reader.GetInt32(3),
                Worker = worker,
                LeaseUntil = DateTimeOffset.FromUnixTimeMilliseconds(until),
                Subject = reader.GetString(4),
            });
        }

        return claimed;
    }

    public Task<bool> CompleteAsync(ClaimedDelivery delivery, string outcome, CancellationToken cancellationToken) =>
        FinishAsync(delivery, Done, outcome, cancellationToken);

    public Task<bool> FailAsync(ClaimedDelivery delivery, string reason, CancellationToken cancellationToken) =>
        FinishAsync(delivery, Failed, reason, cancellationToken);

    public async Task<bool> RetryLaterAsync(ClaimedDelivery delivery, string reason, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var released = await ExecuteAsync(
            connection,
            transaction,
            "UPDATE queue SET lease_owner = NULL, lease_until = 0, available_at = @due WHERE delivery_id = @id AND lease_owner = @worker AND attempts = @attempt",
            cancellationToken,
            ("due", Now() + (long)delay.TotalMilliseconds),
            ("id", delivery.DeliveryId),
            ("worker", delivery.Worker),
            ("attempt", delivery.Attempt)).ConfigureAwait(false);
        if (released == 1)
        {
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE deliveries SET attempts = @attempt, outcome = @reason WHERE delivery_id = @id",
                cancellationToken,
                ("attempt", delivery.Attempt),
                ("reason", reason),
                ("id", delivery.DeliveryId)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released == 1;
    }

    public async Task<DeliveryStatus> GetDeliveryAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            "SELECT state, attempts, outcome, processed_by FROM deliveries WHERE delivery_id = @id",
            ("id", deliveryId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return DeliveryStatus.Unknown(deliveryId);
        }

        var state = reader.GetString(0) switch
        {
            Done => DeliveryState.Done,
            Failed => DeliveryState.Failed,
            _ => DeliveryState.Queued,
        };
        return new DeliveryStatus(deliveryId, state, reader.GetInt32(1), reader.GetString(2), reader.GetString(3));
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            SELECT
              (SELECT COUNT(*) FROM deliveries WHERE state = @queued),
              (SELECT COUNT(*) FROM deliveries WHERE state = @done),
              (SELECT COUNT(*) FROM deliveries WHERE state = @failed),
              (SELECT COUNT(*) FROM effects WHERE state = @done)
            """,
            ("queued", Queued),
            ("done", Done),
            ("failed", Failed));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>
    /// Commits a write as large as a big delivery (<see cref="WriteProbe"/>), so a store with room only
    /// for tiny writes (a full disk with a few free pages in its log) is not taken for a healthy one.
    /// </summary>
    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "UPDATE heartbeat SET at = @now, probe = @probe WHERE id = 1", cancellationToken, ("now", Now()), ("probe", WriteProbe))
            .ConfigureAwait(false);
    }

    /// <summary>64 KiB of random bytes (random, so PostgreSQL cannot compress them away).</summary>
    private static readonly byte[] WriteProbe = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64 * 1024);

    public async Task<EffectClaim> TryBeginEffectAsync(string key, string deliveryId, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
            var claim = await TryBeginEffectOnceAsync(key, deliveryId, staleAfter, cancellationToken).ConfigureAwait(false);
            if (claim.Result != EffectClaimResult.Absent)
            {
                return claim;
            }
        }
    }

    private async Task<EffectClaim> TryBeginEffectOnceAsync(string key, string deliveryId, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await ExecuteAsync(
            connection,
            null,
            "INSERT INTO effects (effect_key, delivery_id, state, outcome, claimed_at) VALUES (@key, @delivery, @started, '', @now) ON CONFLICT (effect_key) DO NOTHING",
            cancellationToken,
            ("key", key),
            ("delivery", deliveryId),
            ("started", Started),
            ("now", now)).ConfigureAwait(false);
        if (inserted == 1)
        {
            return new EffectClaim(EffectClaimResult.Claimed, "");
        }

        var takenOver = await ExecuteAsync(
            connection,
            null,
            """
            UPDATE effects SET delivery_id = @delivery, claimed_at = @now WHERE effect_key = @key AND state = @started
            AND (claimed_at < @stale OR delivery_id = @delivery
              OR EXISTS (SELECT 1 FROM queue WHERE queue.delivery_id = effects.delivery_id AND queue.lease_until <= @now))
            """,
            cancellationToken,
            ("delivery", deliveryId),
            ("now", now),
            ("key", key),
            ("started", Started),
            ("stale", now - (long)staleAfter.TotalMilliseconds)).ConfigureAwait(false);
        if (takenOver == 1)
        {
            return new EffectClaim(EffectClaimResult.Claimed, "");
        }

        // Absent here means the other claim was abandoned in between: the caller tries again.
        return await PeekAsync(connection, key, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteEffectAsync(string key, string outcome, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE effects SET state = @done, outcome = @outcome, completed_at = @now WHERE effect_key = @key",
            cancellationToken,
            ("done", Done),
            ("outcome", outcome),
            ("now", Now()),
            ("key", key)).ConfigureAwait(false);
    }

    public async Task AbandonEffectAsync(string key, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "DELETE FROM effects WHERE effect_key = @key AND state = @started",
            cancellationToken,
            ("key", key),
            ("started", Started)).ConfigureAwait(false);
    }

    public async Task<EffectClaim> PeekEffectAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PeekAsync(connection, key, cancellationToken).ConfigureAwait(false);
    }

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "INSERT INTO audit_log (at, actor, action, subject, reason, delivery_id) VALUES (@at, @actor, @action, @subject, @reason, @delivery)",
            cancellationToken,
            ("at", entry.At.ToUnixTimeMilliseconds()),
            ("actor", entry.Actor),
            ("action", entry.Action),
            ("subject", entry.Subject),
            ("reason", entry.Reason),
            ("delivery", entry.DeliveryId)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            "SELECT at, actor, action, subject, reason, delivery_id FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT @limit) recent ORDER BY id",
            ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry
            {
                At = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                Actor = reader.GetString(1),
                Action = reader.GetString(2),
                Subject = reader.GetString(3),
                Reason = reader.GetString(4),
                DeliveryId = reader.GetString(5),
            });
        }

        return entries;
    }

    private async Task<bool> FinishAsync(ClaimedDelivery delivery, string state, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var gate = await EnterWriteAsync(urgent: false, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await ExecuteAsync(
            connection,
            transaction,
            "DELETE FROM queue WHERE delivery_id = @id AND lease_owner = @worker AND attempts = @attempt",
            cancellationToken,
            ("id", delivery.DeliveryId),
            ("worker", delivery.Worker),
            ("attempt", delivery.Attempt)).ConfigureAwait(false);
        if (removed == 1)
        {
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE deliveries SET state = @state, attempts = @attempt, outcome = @outcome, processed_by = @worker, completed_at = @now WHERE delivery_id = @id",
                cancellationToken,
                ("state", state),
                ("attempt", delivery.Attempt),
                ("outcome", outcome),
                ("worker", delivery.Worker),
                ("now", Now()),
                ("id", delivery.DeliveryId)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed == 1;
    }

    private static async Task<EffectClaim> PeekAsync(DbConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT state, outcome FROM effects WHERE effect_key = @key", ("key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return new EffectClaim(EffectClaimResult.Absent, "");
        }

        return reader.GetString(0) == Done
            ? new EffectClaim(EffectClaimResult.AlreadyDone, reader.GetString(1))
            : new EffectClaim(EffectClaimResult.InProgress, "");
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Now, in Unix milliseconds, for the journals kept in this store's database.</summary>
    internal long NowMilliseconds => Now();

    /// <summary>A connection to this store's database for the journals kept beside the queue (the mail journal).</summary>
    internal ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>Takes this process's write turn (see <see cref="EnterWriteAsync"/>) for a journal write.</summary>
    internal ValueTask<IDisposable> EnterWriterAsync(CancellationToken cancellationToken) => EnterWriteAsync(urgent: false, cancellationToken);

    private protected static async Task<int> ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

#pragma warning disable CA2100 // Every statement is a constant of this class or its dialects; values are parameters.
    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
#pragma warning restore CA2100

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
