using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary><c>elections voting export</c>, <c>check-email</c> and <c>changes</c> on the sample election.</summary>
public sealed class VotingExportTests : IDisposable
{
    private readonly HandOffElection _election = new();

    public void Dispose() => _election.Dispose();

    private string Dir => _election.Dir;

    private string Out => _election.Sample.PathOf("private-export");

    [Fact]
    public async Task Export_Opavote_WritesVotersCandidatesInLockedOrderSettingsAndHashes()
    {
        var (exit, output, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);

        Assert.True(exit == 0, error);
        var voters = File.ReadAllLines(Path.Combine(Out, "voters.txt"));
        Assert.Contains("amara.okafor@example.org", voters);
        Assert.Equal(voters.Length, voters.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(_election.BallotNames, File.ReadAllLines(Path.Combine(Out, "candidates.txt")));
        Assert.Equal("Example Co-op Steering Committee Election 2026", File.ReadAllText(Path.Combine(Out, "title.txt")).Trim());
        var settings = File.ReadAllText(Path.Combine(Out, "settings.md"));
        Assert.Contains("| method | Meek STV | counting.method |", settings, StringComparison.Ordinal);
        Assert.Contains("| seats (winners) | 7 | seats |", settings, StringComparison.Ordinal);
        Assert.Contains("2026-10-25 AoE", settings, StringComparison.Ordinal);
        Assert.Contains("2026-10-26 12:00 UTC", settings, StringComparison.Ordinal);
        Assert.Contains($"| voters | {voters.Length} |", settings, StringComparison.Ordinal);
        var hashes = _election.Sample.Read("voting/roll-hashes.txt");
        Assert.DoesNotContain("@", hashes.Split('\n').Where(l => !l.StartsWith('#')).Aggregate("", string.Concat), StringComparison.Ordinal);
        Assert.Equal(voters.Length, hashes.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => !l.StartsWith('#')));
        Assert.Contains("roll_hashes_sha256", _election.Sample.Read("voting/export.json"), StringComparison.Ordinal);
        Assert.Contains("commit them", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Civs_NamesTheCivsSettings()
    {
        _election.Sample.Replace("config/election.yml", "method: meek", "method: civs-proportional");

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "civs", "--repo", Dir, "--out", Out);

        Assert.True(exit == 0, error);
        Assert.Contains("enforce proportional representation", File.ReadAllText(Path.Combine(Out, "settings.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BeforeRollFreeze_ExitsTwoNamingTheDeadline()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.BeforeFreeze, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("timeline.voter_roll_freeze", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Export_WithoutLockIn_ExitsTwoSayingToFinalise()
    {
        File.Delete(_election.Sample.PathOf("voting/lock-in.json"));

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("elections candidates finalise", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CandidateFileChangedSinceLockIn_ExitsTwoNamingTheFile()
    {
        _election.Sample.Replace("candidates/amara-okafor.md", "## Motivation", "## Motivation (edited)");

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("candidates/amara-okafor.md: changed since lock-in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownTool_ExitsTwo()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "helios", "--repo", Dir, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("use opavote or civs", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckEmail_AddressOnTheRoll_ExitsZero_OtherAddress_ExitsOne()
    {
        await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);

        var (found, foundOut, _) = await CliRun.RunAsync("voting", "check-email", "  Amara.Okafor@Example.org ", "--repo", Dir);
        var (missing, missingOut, _) = await CliRun.RunAsync("voting", "check-email", "nobody@example.org", "--repo", Dir);

        Assert.Equal(0, found);
        Assert.StartsWith("on the roll", foundOut, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.StartsWith("not on the roll", missingOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_AfterAnEmailChange_PrintsAddAndRemove_ThenAppliedLeavesNothing()
    {
        await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", "opavote", "--repo", Dir, "--out", Out);
        _election.Sample.Replace("voters.json", "amara.okafor@example.org", "amara@new.example.org");

        var (exit, output, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir);
        var (appliedExit, _, appliedError) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir, "--applied");
        var (_, after, _) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir);
        var (check, _, _) = await CliRun.RunAsync("voting", "check-email", "amara@new.example.org", "--repo", Dir);

        Assert.True(exit == 0, error);
        Assert.Equal("add amara@new.example.org\nremove amara.okafor@example.org\n", output);
        Assert.True(appliedExit == 0, appliedError);
        Assert.Contains("republished voting/roll-hashes.txt", appliedError, StringComparison.Ordinal);
        Assert.StartsWith("no changes", after, StringComparison.Ordinal);
        Assert.Equal(0, check);
    }

    [Fact]
    public async Task Changes_BeforeAnyExport_ExitsTwo()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir);

        Assert.Equal(2, exit);
        Assert.Contains("elections voting export", error, StringComparison.Ordinal);
    }
}
