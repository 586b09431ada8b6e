namespace Elections.Infrastructure.Tests.Store;

/// <summary>A fact that is skipped, with the reason shown, when no PostgreSQL server is configured.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.PostgresConnectionString is null)
        {
            Skip = TestDatabases.MissingPostgresMessage;
        }
    }
}
