using Elections.App.Ports;

namespace Elections.Infrastructure.Store;

/// <summary>
/// Opens the store named by <c>ELECTIONS_STORE</c>: a PostgreSQL connection string
/// (<c>Host=…;Username=…;Database=…</c>) or else a SQLite file path (the default).
/// </summary>
public static class StoreFactory
{
    public const string DefaultSqlitePath = "elections-store.db";

    public static SqlStore Open(string? setting, TimeProvider time)
    {
        var value = string.IsNullOrWhiteSpace(setting) ? DefaultSqlitePath : setting.Trim();
        return IsPostgres(value) ? new PostgresStore(value, time) : new SqliteStore(value, time);
    }

    /// <summary>True for a key=value connection string naming a host; a path never contains <c>Host=</c>.</summary>
    public static bool IsPostgres(string setting) =>
        setting.Contains("Host=", StringComparison.OrdinalIgnoreCase) && setting.Contains(';', StringComparison.Ordinal);

    /// <summary>A description safe to log: the kind and, for SQLite, the path; never a password.</summary>
    public static string Describe(IStore store) => store switch
    {
        SqliteStore sqlite => $"sqlite {sqlite.FilePath}",
        SqlStore sql => sql.Kind,
        _ => store?.GetType().Name ?? "",
    };
}
