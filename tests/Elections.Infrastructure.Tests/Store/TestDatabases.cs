using Elections.Infrastructure.Store;
using Npgsql;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>
/// Real databases for store tests: a fresh SQLite file, or a fresh schema on the PostgreSQL server
/// named by <c>ELECTIONS_TEST_POSTGRES</c> (scripts/postgres.sh prints it).
/// </summary>
internal static class TestDatabases
{
    public const string PostgresVariable = "ELECTIONS_TEST_POSTGRES";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string MissingPostgresMessage =>
        $"{PostgresVariable} is not set: run `export {PostgresVariable}=$(scripts/postgres.sh)` to run the PostgreSQL tests";

    /// <summary>The kinds to run store tests on: SQLite always, PostgreSQL when a server is configured.</summary>
    public static TheoryData<string> Kinds
    {
        get
        {
            var kinds = new TheoryData<string> { Sqlite };
            if (PostgresConnectionString is not null)
            {
                kinds.Add(Postgres);
            }

            return kinds;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string kind)
    {
        if (kind == Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("elections-store-");
            return new TestDatabase(Path.Combine(folder.FullName, "store.db"), () => DeleteFolder(folder.FullName));
        }

        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        var admin = PostgresConnectionString ?? throw new InvalidOperationException(MissingPostgresMessage);
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
        return new TestDatabase(builder.ConnectionString, () => ExecuteAsync(admin, $"DROP SCHEMA {schema} CASCADE"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Task DeleteFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>One fresh database; <see cref="Setting"/> is what <c>ELECTIONS_STORE</c> would hold.</summary>
internal sealed class TestDatabase(string setting, Func<Task> cleanup) : IAsyncDisposable
{
    public string Setting { get; } = setting;

    /// <summary>Opens and migrates a store instance; call twice for two instances on one database.</summary>
    public async Task<SqlStore> OpenAsync(TimeProvider time)
    {
        var store = StoreFactory.Open(Setting, time);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync() => await cleanup();
}
