using System.Text.Json;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary><c>elections voting import</c> and <c>elections results</c> on the sample election with simulated OpaVote ballots.</summary>
public sealed class VotingImportResultsTests : IDisposable
{
    private readonly HandOffElection _election = new();

    public void Dispose() => _election.Dispose();

    private string Dir => _election.Dir;

    private string Downloaded(string text, string name = "opavote.blt")
    {
        var path = _election.Sample.PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Exit, string Out, string Error)> ImportAsync(string path, params string[] more) =>
        CliRun.RunAtAsync(HandOffElection.AfterVoting, ["voting", "import", path, "--repo", Dir, .. more]);

    [Fact]
    public async Task Import_GoodFile_StoresItWithItsHash()
    {
        var (exit, output, error) = await ImportAsync(Downloaded(_election.Blt(30)));

        Assert.True(exit == 0, error);
        using var record = JsonDocument.Parse(_election.Sample.Read("voting/ballots.json"));
        Assert.Equal(1, record.RootElement.GetProperty("format_version").GetInt32());
        Assert.Equal("voting/ballots.blt", record.RootElement.GetProperty("file").GetString());
        Assert.Equal(30, record.RootElement.GetProperty("ballots").GetInt64());
        Assert.Equal(_election.Blt(30), _election.Sample.Read("voting/ballots.blt"));
        Assert.Contains(record.RootElement.GetProperty("sha256").GetString()!, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DuringVoting_ExitsTwoAndStoresNothing()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "import", Downloaded(_election.Blt(30)), "--repo", Dir);

        Assert.Equal(2, exit);
        Assert.Contains("timeline.voting_closes", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_election.Sample.PathOf("voting/ballots.json")));
    }

    [Fact]
    public async Task Import_UnknownCandidate_ExitsTwoNamingIt()
    {
        var names = _election.BallotNames.ToArray();
        names[2] = "Mallory Intruder";

        var (exit, _, error) = await ImportAsync(Downloaded(_election.Blt(30, names: names)));

        Assert.Equal(2, exit);
        Assert.Contains("\"Mallory Intruder\" is not on the locked candidate list", error, StringComparison.Ordinal);
        Assert.Contains("is missing from the file", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_election.Sample.PathOf("voting/ballots.json")));
    }

    [Fact]
    public async Task Import_MoreBallotsThanVoters_ExitsTwo()
    {
        var (exit, _, error) = await ImportAsync(Downloaded(_election.Blt(500)));

        Assert.Equal(2, exit);
        Assert.Contains("500 ballots but only", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WrongColumnCount_ExitsTwo()
    {
        var (exit, _, error) = await ImportAsync(Downloaded(_election.Blt(30, names: [.. _election.BallotNames.Take(8)])));

        Assert.Equal(2, exit);
        Assert.Contains("the file has 8 candidate column(s), the lock-in record has 9", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CivsCsvWithAnExtraColumn_ExitsTwo()
    {
        var header = string.Join(',', _election.BallotNames.Append("Extra Person").Select(n => $"\"{n}\""));
        var rows = string.Concat(Enumerable.Range(0, 5).Select(_ => string.Join(',', Enumerable.Range(1, 10)) + "\n"));

        var (exit, _, error) = await ImportAsync(Downloaded(header + "\n" + rows, "civs_ballots.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("candidate column(s)", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Import_AnotherElectionsFile_ExitsTwo()
    {
        var (exit, _, error) = await ImportAsync(Downloaded(_election.Blt(30, title: "Other Project Board 2025")));

        Assert.Equal(2, exit);
        Assert.Contains("is not this election", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SecondDifferentFile_RefusedSayingWhatDiffers_ReplaceTakesIt()
    {
        await ImportAsync(Downloaded(_election.Blt(30)));

        var (exit, _, error) = await ImportAsync(Downloaded(_election.Blt(31), "second.blt"));
        var kept = _election.Sample.Read("voting/ballots.blt");
        var (same, sameOut, _) = await ImportAsync(_election.Sample.PathOf("opavote.blt"));
        var (replaced, _, replaceError) = await ImportAsync(_election.Sample.PathOf("second.blt"), "--replace");

        Assert.Equal(2, exit);
        Assert.Contains("ballots 30 → 31", error, StringComparison.Ordinal);
        Assert.Contains("--replace", error, StringComparison.Ordinal);
        Assert.Equal(_election.Blt(30), kept);
        Assert.Equal(0, same);
        Assert.StartsWith("already imported", sameOut, StringComparison.Ordinal);
        Assert.True(replaced == 0, replaceError);
        Assert.Equal(_election.Blt(31), _election.Sample.Read("voting/ballots.blt"));
    }

    [Fact]
    public async Task Results_BeforeVotingCloses_ExitsTwo()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "results", "--repo", Dir, "--ballots", Downloaded(_election.Blt(30)));

        Assert.Equal(2, exit);
        Assert.Contains("timeline.voting_closes", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_election.Sample.PathOf("results")));
    }

    [Fact]
    public async Task Results_NothingImported_ExitsTwoSayingToImport()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", Dir);

        Assert.Equal(2, exit);
        Assert.Contains("elections voting import", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_ImportedBallots_WritesResultsLikeTallyElection_AndTheResultAnnouncementNamesTheWinners()
    {
        var downloaded = Downloaded(_election.Blt(30));
        await ImportAsync(downloaded);

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", Dir);
        var (_, tally, _) = await CliRun.RunAsync("tally", downloaded, "--election", Dir, "--json");

        Assert.True(exit == 0, error);
        using var results = JsonDocument.Parse(_election.Sample.Read("results/results.json"));
        using var expected = JsonDocument.Parse(tally);
        var root = results.RootElement;
        Assert.Equal(1, root.GetProperty("format_version").GetInt32());
        var winners = root.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(expected.RootElement.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!), winners);
        Assert.Equal(7, winners.Count);
        var elected = root.GetProperty("elected").EnumerateArray().ToList();
        Assert.Equal([2, 2, 2, 2, 1, 1, 1], elected.Select(e => e.GetProperty("term_years").GetInt32()));
        Assert.All(elected, e => Assert.NotEqual("", e.GetProperty("login").GetString()));
        Assert.Equal(_election.Sample.Read("voting/ballots.blt"), _election.Sample.Read("results/ballots.blt"));
        var sha = root.GetProperty("ballots_sha256").GetString()!;
        Assert.Equal($"{sha}  ballots.blt\n", _election.Sample.Read("results/ballots.sha256"));
        var markdown = _election.Sample.Read("results/results.md");
        Assert.Contains("| 1 | ", markdown, StringComparison.Ordinal);
        Assert.Contains("2 years", markdown, StringComparison.Ordinal);
        Assert.Contains("Round", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html", _election.Sample.Read("results/report.html"), StringComparison.OrdinalIgnoreCase);

        var (announced, announcement, announceError) = await CliRun.RunAsync("announce", "result", "--channel", "github", "--repo", Dir);
        Assert.True(announced == 0, announceError);
        Assert.Contains($"1. [@{elected[0].GetProperty("login").GetString()}]", announcement, StringComparison.Ordinal);
        Assert.Contains("a term of 2 years", announcement, StringComparison.Ordinal);
    }
}
