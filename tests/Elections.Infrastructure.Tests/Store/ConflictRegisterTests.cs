using Elections.App.Ports;
using Elections.Core.Candidacy;
using Elections.Infrastructure.Tests.Support;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>The committee's conflict register (schema version 4) on real SQLite and PostgreSQL.</summary>
public sealed class ConflictRegisterTests
{
    private const string Repo = "examplecoop/sc-election-2026";

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DeclareAsync_SameNameTwice_ReplacesMembersAndKeepsRepositoriesApart(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());

        await store.DeclareAsync(Repo, new ConflictGroup("Acme", [3, 1, 2]), CancellationToken.None);
        await store.DeclareAsync(Repo, new ConflictGroup("Acme", [1, 4, 4]), CancellationToken.None);
        await store.DeclareAsync(Repo, new ConflictGroup("Band", [7, 8]), CancellationToken.None);
        await store.DeclareAsync("other/repo", new ConflictGroup("Zed", [1, 2]), CancellationToken.None);

        var groups = await store.ReadAsync(Repo, CancellationToken.None);

        Assert.Equal(["Acme:1,4", "Band:7,8"], groups.Select(g => $"{g.Name}:{string.Join(',', g.MemberIds)}"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RemoveAsync_DeclaredAndUnknown_TrueThenFalse(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());
        await store.DeclareAsync(Repo, new ConflictGroup("Acme", [1, 2]), CancellationToken.None);

        Assert.True(await store.RemoveAsync(Repo, "Acme", CancellationToken.None));
        Assert.False(await store.RemoveAsync(Repo, "Acme", CancellationToken.None));
        Assert.Empty(await store.ReadAsync(Repo, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RecordDisclosureAsync_TwoByOnePerson_KeepsBothInOrder(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());
        var at = new DateTimeOffset(2026, 9, 20, 10, 0, 0, TimeSpan.Zero);

        await store.RecordDisclosureAsync(Repo, new Disclosure { UserId = 3, Login = "chen", Text = "Acme employee", Source = "mail", ReceivedAt = at }, CancellationToken.None);
        await store.RecordDisclosureAsync(Repo, new Disclosure { UserId = 3, Login = "chen", Text = "Acme employee; Foundation board", Source = "mail", ReceivedAt = at.AddDays(1) }, CancellationToken.None);

        var disclosures = await store.ReadDisclosuresAsync(Repo, CancellationToken.None);

        Assert.Equal(["Acme employee", "Acme employee; Foundation board"], disclosures.Select(d => d.Text));
        Assert.Equal(at.AddDays(1), disclosures[1].ReceivedAt);
        Assert.Empty(await store.ReadDisclosuresAsync("other/repo", CancellationToken.None));
    }
}
