using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Elections.Infrastructure.Store;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, so the web host's readers never block its
/// writer. Writes take the database lock at <c>BEGIN IMMEDIATE</c>, which serializes claims: one
/// process, or several on one machine, never lease a delivery twice.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WriteGate> Gates = new(StringComparer.Ordinal);

    /// <summary>How often the WAL is copied back into the database file, off the write path.</summary>
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly WriteGate _gate;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _checkpoints;

    public SqliteStore(string path, TimeProvider time)
        : base(time, acknowledgementWriters: 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is { Length: > 0 })
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        FilePath = path;
        _gate = Gates.GetOrAdd(System.IO.Path.GetFullPath(path), _ => new WriteGate());
        _checkpoints = Task.Run(CheckpointAsync);
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    public override string Kind => "sqlite";

    internal override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    protected override string ClaimSql =>
        """
        UPDATE queue SET lease_owner = @worker, lease_until = @until, attempts = attempts + 1
        WHERE seq IN (SELECT seq FROM queue WHERE available_at <= @now AND lease_until <= @now ORDER BY seq LIMIT @max)
        RETURNING delivery_id, event, payload, attempts
        """;

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            // WAL persists in the file; synchronous=NORMAL is per connection and safe in WAL against process
            // crashes (a power loss may drop the last commits, not corrupt the file). No connection
            // checkpoints after its commit (that copy and fsync would hold up every writer queued at the
            // gate): CheckpointAsync does it in the background.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override ValueTask<IDisposable> EnterWriteAsync(bool urgent, CancellationToken cancellationToken) =>
        _gate.EnterAsync(urgent, cancellationToken);

    protected override async ValueTask DisposeCoreAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _checkpoints.ConfigureAwait(false);
        _stopping.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Copies committed pages from the WAL into the database file every second, outside the write gate:
    /// a passive checkpoint runs beside writers and readers and never waits for them.
    /// </summary>
    private async Task CheckpointAsync()
    {
        using var timer = new PeriodicTimer(CheckpointInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    await using var connection = await OpenAsync(_stopping.Token).ConfigureAwait(false);
                    await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(PASSIVE)", _stopping.Token).ConfigureAwait(false);
                }
                catch (SqliteException)
                {
                    // The file is busy or gone for now; the next tick tries again, and closing the last connection checkpoints too.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
