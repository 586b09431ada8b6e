using Elections.App.Voting;
using Elections.Core.Voting;
using Elections.Infrastructure.Tests.Support;

namespace Elections.Infrastructure.Tests.Store;

/// <summary>The voting hand-off's ledger (schema version 7) on real SQLite and PostgreSQL.</summary>
public sealed class VotingLedgerTests
{
    private const string Election = "sc-2026";

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReadToolRollAsync_BeforeExport_NotExportedAndEmpty(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());

        var roll = await store.ReadToolRollAsync(Election, CancellationToken.None);

        Assert.False(roll.Exported);
        Assert.Empty(roll.Addresses);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RecordExport_ThenApply_ToolHoldsTheRollAndElectionsStayApart(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());
        var many = Enumerable.Range(0, 1000).Select(i => $"voter{i:D4}@example.org").ToList();

        await store.RecordExportAsync(Election, ["b@example.org", "a@example.org", .. many], "sha-1", CancellationToken.None);
        await store.RecordExportAsync("other-2026", ["z@example.org"], "sha-other", CancellationToken.None);
        await store.ApplyAsync(Election, new ToolChanges(["c@example.org"], ["a@example.org", .. many.Skip(1)]), CancellationToken.None);
        var roll = await store.ReadToolRollAsync(Election, CancellationToken.None);

        Assert.True(roll.Exported);
        Assert.Equal(["b@example.org", "c@example.org", "voter0000@example.org"], roll.Addresses);
        Assert.Equal("sha-1", await store.ReadDigestAsync(Election, VotingDigests.RollHashes, CancellationToken.None));
        Assert.Equal(["z@example.org"], (await store.ReadToolRollAsync("other-2026", CancellationToken.None)).Addresses);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RecordDigestAsync_Twice_KeepsTheLatest(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(new ManualTime());

        await store.RecordDigestAsync(Election, VotingDigests.Ballots, "first", CancellationToken.None);
        await store.RecordDigestAsync(Election, VotingDigests.Ballots, "second", CancellationToken.None);

        Assert.Equal("second", await store.ReadDigestAsync(Election, VotingDigests.Ballots, CancellationToken.None));
        Assert.Equal("", await store.ReadDigestAsync(Election, VotingDigests.RollHashes, CancellationToken.None));
    }
}
