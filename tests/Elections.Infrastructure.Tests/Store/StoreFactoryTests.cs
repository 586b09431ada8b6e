using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Tests.Store;

public sealed class StoreFactoryTests
{
    [Theory]
    [InlineData("Host=db;Username=u;Password=p;Database=e", true)]
    [InlineData("host=db;database=e", true)]
    [InlineData("/var/lib/elections/store.db", false)]
    [InlineData("Host.db", false)]
    public void IsPostgres_Setting_TellsKind(string setting, bool expected) =>
        Assert.Equal(expected, StoreFactory.IsPostgres(setting));

    [Fact]
    public async Task Describe_PostgresStore_NeverShowsPassword()
    {
        await using var store = StoreFactory.Open("Host=127.0.0.1;Username=u;Password=hunter2;Database=e", TimeProvider.System);

        Assert.DoesNotContain("hunter2", StoreFactory.Describe(store), StringComparison.Ordinal);
        Assert.Equal("postgresql", StoreFactory.Describe(store));
    }
}
