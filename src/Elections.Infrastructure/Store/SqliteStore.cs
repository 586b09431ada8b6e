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
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a truncating checkpoint waits for readers to move off the WAL before it gives up until the next tick.</summary>
    private static readonly TimeSpan TruncateBusyTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>New WAL frames (4 KiB pages) a passive pass may meet before the restart copies the rest with writers held: about a millisecond of copying.</summary>
    private const long CatchUpFrames = 256;

    /// <summary>Passive passes per tick at most, so a writer faster than the copy does not keep the loop from restarting the WAL.</summary>
    private const int MaxCatchUpPasses = 4;

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

    /// <summary>The WAL size past which it is truncated even under load (see <see cref="CheckpointAsync"/>).</summary>
    internal long WalLimitBytes { get; init; } = 64L * 1024 * 1024;

    public override string Kind => "sqlite";

    internal override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    protected override string ClaimSql =>
        $"""
        UPDATE queue SET lease_owner = @worker, lease_until = @until, attempts = attempts + 1
        WHERE seq IN (
          SELECT seq FROM queue due WHERE available_at <= @now AND lease_until <= @now AND {FirstOfSubject}
          ORDER BY seq LIMIT @max)
        RETURNING delivery_id, event, payload, attempts, subject
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
    /// Bounds the WAL. Every 250 ms a passive checkpoint copies committed pages into the database file beside
    /// writers and readers, again while the previous pass met more than <see cref="CatchUpFrames"/> new frames
    /// (a few passes at most), so little is left to copy. Once the log holds a quarter of
    /// <see cref="WalLimitBytes"/>, a restarting checkpoint, holding this process's writers for that short step
    /// only (a small copy and the checkpoint's fsyncs), copies the rest so the next writer starts the WAL from
    /// its beginning: under steady writes the file is reused rather than grown (a passive checkpoint alone never
    /// catches up with the writers, and the log only restarts when it has), and no tick truncates tens of
    /// megabytes with writers held. It is truncated when it has grown past
    /// <see cref="WalLimitBytes"/> anyway (readers kept it from restarting), or when it is fully copied and
    /// nothing was written since the last tick (idle). A checkpoint that finds readers in the way gives up
    /// after <see cref="TruncateBusyTimeout"/> and is tried again at the next tick.
    /// </summary>
    private async Task CheckpointAsync()
    {
        using var timer = new PeriodicTimer(CheckpointInterval);
        var previousFrames = -1L;
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    await using var connection = await OpenAsync(_stopping.Token).ConfigureAwait(false);
                    var (frames, copied) = await CatchUpAsync(connection).ConfigureAwait(false);
                    if (frames < 0)
                    {
                        continue; // Another connection is checkpointing this file now.
                    }

                    var idle = frames == copied && frames == previousFrames;
                    previousFrames = frames;
                    var truncate = WalBytes() > WalLimitBytes || (idle && WalBytes() > 0);
                    if (truncate || (!idle && frames * await FrameBytesAsync(connection).ConfigureAwait(false) > WalLimitBytes / 4))
                    {
                        using var gate = await _gate.EnterAsync(urgent: false, _stopping.Token).ConfigureAwait(false);
                        await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {(int)TruncateBusyTimeout.TotalMilliseconds}", _stopping.Token).ConfigureAwait(false);
                        await WalCheckpointAsync(connection, truncate ? "TRUNCATE" : "RESTART").ConfigureAwait(false);
                        previousFrames = -1;
                    }
                }
                catch (SqliteException)
                {
                    // The file is busy, read-only or full for now; the next tick tries again, and closing the last connection checkpoints too.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    /// <summary>Passive checkpoints until a pass meets at most <see cref="CatchUpFrames"/> new frames (or after <see cref="MaxCatchUpPasses"/>); returns the last pass's counts.</summary>
    private async Task<(long Frames, long Copied)> CatchUpAsync(DbConnection connection)
    {
        var (frames, copied) = await WalCheckpointAsync(connection, "PASSIVE").ConfigureAwait(false);
        for (var pass = 1; pass < MaxCatchUpPasses && frames >= 0; pass++)
        {
            var (next, nextCopied) = await WalCheckpointAsync(connection, "PASSIVE").ConfigureAwait(false);
            var fresh = next - frames;
            (frames, copied) = (next, nextCopied);
            if (fresh is >= 0 and <= CatchUpFrames)
            {
                break;
            }
        }

        return (frames, copied);
    }

    /// <summary>The size of one WAL frame: a page and its 24-byte header.</summary>
    private async Task<long> FrameBytesAsync(DbConnection connection) =>
        24 + Convert.ToInt64(await ScalarAsync(connection, null, "PRAGMA page_size", _stopping.Token).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <c>PRAGMA wal_checkpoint</c> in <paramref name="mode"/>; returns the frames in the WAL and those copied into the database (-1 each when another checkpoint runs).</summary>
    private async Task<(long Frames, long Copied)> WalCheckpointAsync(DbConnection connection, string mode)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        await using var reader = await command.ExecuteReaderAsync(_stopping.Token).ConfigureAwait(false);
        return await reader.ReadAsync(_stopping.Token).ConfigureAwait(false) ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }

    /// <summary>The WAL file's size now: 0 when it is absent.</summary>
    internal long WalBytes()
    {
        var wal = new FileInfo(FilePath + "-wal");
        return wal.Exists ? wal.Length : 0;
    }
}
