using System.Text.Json;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

public sealed class ConflictsCommandTests : IDisposable
{
    private readonly SampleRepository _repo = new();
    private readonly string _store;

    public ConflictsCommandTests() => _store = _repo.PathOf("store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _repo.Dispose();
    }

    [Fact]
    public async Task DeclareThenIndependence_ConflictedEndorsers_ShowsWhoCountsAndWhy()
    {
        await RunOkAsync("declare", "Acme Corp", "amara-okafor", "bruno-lindqvist", "chen-wei");
        await RunOkAsync("declare", "Foundation X", "chen-wei", "dmitri-volkov");

        var text = await RunOkAsync("independence", "amara-okafor", "bruno-lindqvist", "chen-wei", "dmitri-volkov", "elena-garcia");
        using var json = JsonDocument.Parse(await RunOkAsync("independence", "amara-okafor", "bruno-lindqvist", "chen-wei", "dmitri-volkov", "elena-garcia", "--json"));

        Assert.StartsWith("3 mutually independent of 5", text, StringComparison.Ordinal);
        Assert.Contains("@chen-wei and @dmitri-volkov: Foundation X", text, StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("independent").GetInt32());
        Assert.False(json.RootElement.GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Pairs_DeclaredGroups_ListsCandidatePairsOnly()
    {
        await RunOkAsync("declare", "Acme Corp", "amara-okafor", "bruno-lindqvist", "1000020");

        using var json = JsonDocument.Parse(await RunOkAsync("pairs", "--json"));

        var pair = Assert.Single(json.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal(("amara-okafor", "bruno-lindqvist"), (pair.GetProperty("first").GetString(), pair.GetProperty("second").GetString()));
    }

    [Fact]
    public async Task DiscloseAndRemove_RecordPrivatelyAndForget()
    {
        await RunOkAsync("disclose", "chen-wei", "--text", "I work for Acme");
        await RunOkAsync("declare", "Acme Corp", "chen-wei", "amara-okafor");
        await RunOkAsync("remove", "Acme Corp");

        Assert.Contains("I work for Acme", await RunOkAsync("disclosures"), StringComparison.Ordinal);
        Assert.Equal("no conflict groups declared\n", await RunOkAsync("list"));
        Assert.DoesNotContain("Acme", File.ReadAllText(_repo.PathOf("voters.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_UnknownLogin_Exit2NamesTheFix()
    {
        var (exit, _, error) = await CliRun.RunAsync("conflicts", "declare", "Acme", "no-such-person", "--repo", _repo.Folder.FullName, "--store", _store);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-person", error, StringComparison.Ordinal);
        Assert.Contains("numeric GitHub id", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    private async Task<string> RunOkAsync(params string[] args)
    {
        var (exit, output, error) = await CliRun.RunAsync(["conflicts", .. args, "--repo", _repo.Folder.FullName, "--store", _store]);
        Assert.True(exit == 0, error);
        return output;
    }
}
