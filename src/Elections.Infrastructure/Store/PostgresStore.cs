using System.Data.Common;
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

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString, TimeProvider time)
        : base(time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Kind => "postgresql";

    internal override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    protected override string ClaimSql =>
        """
        UPDATE queue SET lease_owner = @worker, lease_until = @until, attempts = attempts + 1
        WHERE seq IN (
          SELECT seq FROM queue WHERE available_at <= @now AND lease_until <= @now
          ORDER BY seq LIMIT @max FOR UPDATE SKIP LOCKED)
        RETURNING delivery_id, event, payload, attempts
        """;

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@id)", cancellationToken, ("id", MigrationLockId)).ConfigureAwait(false);

    protected override ValueTask DisposeCoreAsync() => _dataSource.DisposeAsync();
}
