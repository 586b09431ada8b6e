using System.Data.Common;
using Elections.App.Ports;
using Npgsql;

namespace Elections.Infrastructure.Store;

/// <summary>
/// The store for several host instances: claims lock queue rows with <c>FOR UPDATE SKIP LOCKED</c>, so
/// concurrent workers never lease the same delivery, and an expired lease makes an abandoned delivery
/// claimable again.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private const long MigrationLockId = 0x454C4543_54494F4E; // "ELECTION"

    /// <summary>Two batches in flight: one fills while the other waits for its commit's WAL flush.</summary>
    private const int AcknowledgementWriters = 2;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString, TimeProvider time)
        : base(time, AcknowledgementWriters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // The store sets no session state, so a pooled connection needs no reset; its few statements are
        // prepared after their second use, which spares the server parsing and planning them each time.
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        _dataSource = builder.Build();
    }

    public override string Kind => "postgresql";

    internal override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    protected override string ClaimSql =>
        $"""
        UPDATE queue SET lease_owner = @worker, lease_until = @until, attempts = attempts + 1
        WHERE seq IN (
          SELECT seq FROM queue due WHERE available_at <= @now AND lease_until <= @now AND {FirstOfSubject}
          ORDER BY seq LIMIT @max FOR UPDATE OF due SKIP LOCKED)
        RETURNING delivery_id, event, payload, attempts, subject
        """;

    /// <summary>
    /// One statement, so one round trip and one commit: insert the deliveries (in id order), and queue those
    /// that were new in the order given (received).
    /// </summary>
    private protected override Task<IReadOnlySet<string>> InsertBatchAsync(DbConnection connection, IReadOnlyList<InboundDelivery> rows, long now) =>
        ReadIdsAsync(Command(
            connection,
            null,
            $"""
            WITH incoming (delivery_id, event, received_at, payload, subject, ord) AS (VALUES {Rows(rows.Count, i => $"(@id{i}, @event{i}, @received{i}, @payload{i}, @subject{i}, {i})")}),
            new AS (
              INSERT INTO deliveries (delivery_id, event, received_at, state)
              SELECT delivery_id, event, received_at, @state FROM incoming ORDER BY delivery_id
              ON CONFLICT (delivery_id) DO NOTHING RETURNING delivery_id)
            INSERT INTO queue (delivery_id, event, payload, subject, available_at, lease_until, attempts)
            SELECT incoming.delivery_id, incoming.event, incoming.payload, incoming.subject, @now, 0, 0 FROM incoming JOIN new USING (delivery_id) ORDER BY incoming.ord
            RETURNING delivery_id
            """,
            [.. RowParameters(rows, "id", "event", "received", "payload", "subject"), ("state", Queued), ("now", now)]));

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@id)", cancellationToken, ("id", MigrationLockId)).ConfigureAwait(false);

    protected override ValueTask DisposeCoreAsync() => _dataSource.DisposeAsync();
}
