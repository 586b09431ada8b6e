using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

public sealed class CvrRulesOptionTests : IDisposable
{
    // Three candidates, one ballot per row; row 3 overvotes its first rank, row 4 skips two ranks.
    private const string Records = """
        ballot,1st choice,2nd choice,3rd choice
        1,Ada,Bo,
        2,Bo,Ada,
        3,overvote,Cy,
        4,undervote,undervote,Cy
        5,Ada,,
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-cvr-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Rctab(string overvoteRule, int maxSkipped) => $$$"""
        {"cvrFileSources": [{"overvoteLabel": "overvote", "undervoteLabel": "undervote"}],
         "rules": {"overvoteRule": "{{{overvoteRule}}}", "maxSkippedRanksAllowed": "{{{maxSkipped}}}", "maxRankingsAllowed": "max"}}
        """;

    [Fact]
    public async Task Stats_RctabConfig_ReadsByItsRules()
    {
        var records = Write("records.csv", Records);
        var exhaust = Write("exhaust.json", Rctab("exhaustImmediately", 1));
        var skip = Write("skip.json", Rctab("alwaysSkipToNextRank", 2));

        var (exitExhaust, strict, _) = await CliRun.RunAsync("ballots", "stats", records, "--cvr-rules", exhaust, "--json");
        var (exitSkip, lenient, _) = await CliRun.RunAsync("ballots", "stats", records, "--cvr-rules", skip, "--json");

        Assert.Equal(0, exitExhaust);
        Assert.Equal(0, exitSkip);
        Assert.NotEqual(strict, lenient);
    }

    [Fact]
    public async Task Tally_NotAnRctabConfig_Exit2NamingTheFileAndField()
    {
        var records = Write("records.csv", Records);
        var config = Write("other.json", """{"name": "not rctab"}""");

        var (exit, _, error) = await CliRun.RunAsync("tally", records, "--method", "irv", "--cvr-rules", config);

        Assert.Equal(2, exit);
        Assert.Contains($"{config}: rules: no 'rules' object", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Tally_UnknownPreset_Exit2WithTheChoices()
    {
        var records = Write("records.csv", Records);

        var (exit, _, error) = await CliRun.RunAsync("tally", records, "--method", "irv", "--cvr-rules", "chicago");

        Assert.Equal(2, exit);
        Assert.Contains("is not minneapolis, portland or an RCTab configuration file", error, StringComparison.Ordinal);
    }
}
