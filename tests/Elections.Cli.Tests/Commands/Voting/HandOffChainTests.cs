using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Elections.Cli.Mail;
using Elections.Cli.Tests.Support;
using Elections.Core.Voting;
using Elections.Infrastructure.Tests.Mail;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary>
/// The whole hand-off of issue 13 on the sample election, through the real <c>elections</c> commands: export to the
/// external tool, a roll change after it, simulated ballots downloaded from the tool, import, results, staged
/// publication through a real SMTP server, and the write-back pull request in the Sandbox over HTTP. Each step checks
/// what it wrote against the inputs it came from, and the store's audit log is checked at the end.
/// </summary>
public sealed class HandOffChainTests : IAsyncLifetime, IDisposable
{
    private const string Slug = "sc-2026";
    private const string ChangedFrom = "kavya.iyer@example.org";
    private const string ChangedTo = "kavya@new.example.org";
    private static readonly (string Login, string Email) SharedMailbox = ("chen-wei-work", "Chen.Wei@Example.org");
    private static readonly string[] CanVote = ["active", "access-revoked", "account-deleted", "opted-out"];

    private readonly HandOffElection _election = new();
    private GovernanceSandbox _governance = null!;
    private SmtpSink _smtp = null!;

    public async Task InitializeAsync()
    {
        _governance = await GovernanceSandbox.StartAsync();
        _smtp = new SmtpSink();
        _election.Sample.SendMailTo(_smtp.Port);
        GovernanceSandbox.Configure(_election.Sample);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _governance.DisposeAsync();
    }

    public void Dispose() => _election.Dispose();

    private string Dir => _election.Dir;

    private SampleRepository Sample => _election.Sample;

    private string ExportFolder => Sample.PathOf("private-export");

    [Theory]
    [InlineData("opavote", "meek", "| method | Meek STV | counting.method |")]
    [InlineData("civs", "schulze", "| method | Condorcet completion rule: Schulze | counting.method |")]
    public async Task HandOff_ExportToPublicationAndWriteBack_EachStepMatchesItsInputs(string tool, string method, string methodRow)
    {
        Sample.Replace("config/election.yml", "method: meek", $"method: {method}");
        Sample.Replace("config/election.yml", "external: none", $"external: {tool}");

        var voters = await ExportAsync(tool, methodRow);
        await ChangeAnAddressAsync();
        var ballots = await ImportAsync(tool, voters.Count);
        var elected = await CountAsync(ballots);
        await PublishAsync(elected);
        await WriteBackAsync(elected);
        await AssertAuditAsync();
    }

    /// <summary>
    /// Step 1: the files for the tool, the published roll hashes; returns the exported voter addresses. A second voter
    /// sharing an address in another case is on the roll, so the list must be deduplicated.
    /// </summary>
    private async Task<IReadOnlyList<string>> ExportAsync(string tool, string methodRow)
    {
        Sample.Replace("voters.json", "\n  ]\n}", $",\n    {{\"id\": 1000999, \"login\": \"{SharedMailbox.Login}\", \"email\": \"{SharedMailbox.Email}\", \"source\": {{\"kind\": \"automatic\"}}, \"status\": \"active\"}}\n  ]\n}}");

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "export", "--to", tool, "--repo", Dir, "--out", ExportFolder);

        Assert.True(exit == 0, error);
        var voters = File.ReadAllLines(Path.Combine(ExportFolder, "voters.txt"));
        Assert.Equal(RollAddresses(), voters.Order(StringComparer.Ordinal));
        Assert.Equal(voters.Length, voters.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(SharedMailbox.Email.ToLowerInvariant(), voters);
        Assert.DoesNotContain("priya.nair@example.net", voters); // bounced
        Assert.Equal(_election.BallotNames, File.ReadAllLines(Path.Combine(ExportFolder, "candidates.txt")));
        Assert.Equal("Example Co-op Steering Committee Election 2026\n", File.ReadAllText(Path.Combine(ExportFolder, "title.txt")));
        var settings = File.ReadAllText(Path.Combine(ExportFolder, "settings.md"));
        Assert.Contains(methodRow, settings, StringComparison.Ordinal);
        Assert.Contains("| seats (winners) | 7 | seats |", settings, StringComparison.Ordinal);
        var closes = settings.Split('\n').Single(l => l.StartsWith("| voting closes |", StringComparison.Ordinal));
        Assert.Contains("2026-10-25 AoE", closes, StringComparison.Ordinal);
        Assert.Contains("2026-10-26 12:00 UTC", closes, StringComparison.Ordinal);
        Assert.Contains($"| candidates | {_election.Locked.Count} | voting/lock-in.json |", settings, StringComparison.Ordinal);
        Assert.Contains($"| voters | {voters.Length} |", settings, StringComparison.Ordinal);
        AssertRollHashes(voters);
        return voters;
    }

    /// <summary>The hash list holds exactly sha256(salt:address) of each exported address, and export.json its SHA-256.</summary>
    private void AssertRollHashes(IReadOnlyList<string> addresses)
    {
        var lines = Sample.Read("voting/roll-hashes.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var salt = lines.Single(l => l.StartsWith(RollHashes.SaltPrefix, StringComparison.Ordinal))[RollHashes.SaltPrefix.Length..];
        var expected = addresses.Select(a => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{a}")))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, lines.Where(l => !l.StartsWith('#')));
        using var export = JsonDocument.Parse(Sample.Read("voting/export.json"));
        Assert.Equal(Sha256Of("voting/roll-hashes.txt"), export.RootElement.GetProperty("roll_hashes_sha256").GetString());
    }

    /// <summary>Step 2: one voter's address changes after the export; <c>voting changes</c> lists exactly that.</summary>
    private async Task ChangeAnAddressAsync()
    {
        Sample.Replace("voters.json", ChangedFrom, ChangedTo);

        var (exit, output, error) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir);
        var applied = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir, "--applied");
        var (_, after, _) = await CliRun.RunAtAsync(HandOffElection.DuringVoting, "voting", "changes", "--repo", Dir);
        var (onRoll, _, _) = await CliRun.RunAsync("voting", "check-email", ChangedTo, "--repo", Dir);
        var (offRoll, _, _) = await CliRun.RunAsync("voting", "check-email", ChangedFrom, "--repo", Dir);

        Assert.True(exit == 0, error);
        Assert.Equal($"add {ChangedTo}\nremove {ChangedFrom}\n", output);
        Assert.True(applied.Exit == 0, applied.Error);
        Assert.StartsWith("no changes", after, StringComparison.Ordinal);
        Assert.Equal((0, 1), (onRoll, offRoll));
    }

    /// <summary>Step 3: seeded random ballots in the tool's download format, imported; a second, different download refused.</summary>
    private async Task<string> ImportAsync(string tool, int voters)
    {
        var names = File.ReadAllLines(Path.Combine(ExportFolder, "candidates.txt"));
        var title = File.ReadAllText(Path.Combine(ExportFolder, "title.txt")).Trim();
        var count = new Random(13).Next(voters / 2, voters);
        string Download(int seed, int ballots, string name)
        {
            var simulated = new SimulatedVotingTool(names, seed);
            Sample.Write(name, tool == "civs" ? simulated.CivsCsv(ballots) : simulated.Blt(ballots, 7, title));
            return Sample.PathOf(name);
        }

        var extension = tool == "civs" ? "csv" : "blt";
        var first = Download(2026, count, $"downloaded.{extension}");
        var (exit, output, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "voting", "import", first, "--repo", Dir);
        var second = Download(2027, count + 1, $"downloaded-again.{extension}");
        var (refused, _, refusal) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "voting", "import", second, "--repo", Dir);

        Assert.True(exit == 0, error);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(first)));
        Assert.Contains(sha256, output, StringComparison.Ordinal);
        using (var record = JsonDocument.Parse(Sample.Read("voting/ballots.json")))
        {
            Assert.Equal(count, record.RootElement.GetProperty("ballots").GetInt64());
            Assert.Equal(sha256, record.RootElement.GetProperty("sha256").GetString());
        }

        Assert.Equal(2, refused);
        Assert.Contains($"ballots {count} → {count + 1}", refusal, StringComparison.Ordinal);
        Assert.Contains($"sha256 {sha256} → ", refusal, StringComparison.Ordinal);
        Assert.Contains("--replace", refusal, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(first), Sample.Read($"voting/ballots.{extension}"));
        return $"results/ballots.{extension}";
    }

    /// <summary>Step 4: <c>results</c> after the close; the winners are those of an independent <c>tally --election</c> recount.</summary>
    private async Task<IReadOnlyList<(string Login, int TermYears)>> CountAsync(string ballots)
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", Dir);
        var (recounted, recount, recountError) = await CliRun.RunAsync("tally", Sample.PathOf(ballots), "--election", Dir, "--json");

        Assert.True(exit == 0, error);
        Assert.True(recounted == 0, recountError);
        using var results = JsonDocument.Parse(Sample.Read("results/results.json"));
        using var independent = JsonDocument.Parse(recount);
        var winners = results.RootElement.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(independent.RootElement.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!), winners);
        Assert.Equal($"{Sha256Of(ballots)}  {Path.GetFileName(ballots)}\n", Sample.Read("results/ballots.sha256"));
        Assert.Contains("<html", Sample.Read("results/report.html"), StringComparison.OrdinalIgnoreCase);
        var markdown = Sample.Read("results/results.md");
        Assert.All(winners, w => Assert.Contains(w, markdown, StringComparison.Ordinal));
        var elected = _election.Elected();
        Assert.Equal(7, elected.Count);
        Assert.Equal([2, 2, 2, 2, 1, 1, 1], elected.Select(e => e.TermYears));
        return elected;
    }

    /// <summary>Step 5: each locked candidate gets the result once, naming the elected; public only after the embargo.</summary>
    private async Task PublishAsync(IReadOnlyList<(string Login, int TermYears)> elected)
    {
        var later = (int hours) => new FixedClock(HandOffElection.AfterVoting.GetUtcNow().AddHours(hours));
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "publish", "--stage", "candidates", "--repo", Dir);
        var (embargoed, _, embargo) = await CliRun.RunAtAsync(later(1), "results", "publish", "--stage", "public", "--repo", Dir);
        var embargoWritten = File.Exists(Sample.PathOf("results/announcement.website.md"));
        var (published, _, publishError) = await CliRun.RunAtAsync(later(25), "results", "publish", "--stage", "public", "--repo", Dir);

        Assert.True(exit == 0, error);
        var mails = _smtp.Received.ToList();
        Assert.Equal(CandidateAddresses().Order(StringComparer.Ordinal), mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.All(elected, e => Assert.Contains($"@{e.Login}", m.Message.TextBody, StringComparison.Ordinal)));
        Assert.Equal(2, embargoed);
        Assert.Contains("results.embargo_hours", embargo, StringComparison.Ordinal);
        Assert.False(embargoWritten);
        Assert.True(published == 0, publishError);
        var announcement = Sample.Read("results/announcement.discourse.md");
        Assert.All(elected, e => Assert.Contains($"@{e.Login}", announcement, StringComparison.Ordinal));
        Assert.True(File.Exists(Sample.PathOf("results/announcement.website.md")));
    }

    /// <summary>Step 6: one write-back pull request with the winners' term ends and without the ended member; a rerun opens none.</summary>
    private async Task WriteBackAsync(IReadOnlyList<(string Login, int TermYears)> elected)
    {
        var first = await _governance.WriteBackAsync(Dir);
        var again = await _governance.WriteBackAsync(Dir);

        Assert.True(first.Exit == 0, first.Out + first.Error);
        Assert.Contains("opened the write-back pull request #1", first.Out, StringComparison.Ordinal);
        Assert.True(again.Exit == 0, again.Out + again.Error);
        Assert.Contains("is up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, _governance.PullRequestsOpened());
        var pull = _governance.Server.State.GetPull(GovernanceSandbox.Org, GovernanceSandbox.Repo, 1);
        Assert.Equal(GovernanceSandbox.Branch, pull["head"]!["ref"]!.GetValue<string>());
        _governance.AssertProposed(elected);
    }

    /// <summary>One audit entry per step: export, applied changes, import, the count, each publication stage, and the write-back pull request (opened once; the rerun that finds it up to date records nothing).</summary>
    private async Task AssertAuditAsync()
    {
        await using var store = await MailStore.OpenAsync(Dir, TimeProvider.System, CancellationToken.None);
        var subjects = (await store.ReadAuditAsync(100, CancellationToken.None)).Select(a => a.Subject).Order(StringComparer.Ordinal);

        Assert.Equal([$"results-publish:{Slug}", $"results-publish:{Slug}", $"results-writeback:{Slug}", $"results:{Slug}", $"voting-changes:{Slug}", $"voting-export:{Slug}", $"voting-import:{Slug}"], subjects);
    }

    /// <summary>The addresses of the roll's voters who can vote, trimmed, lower-cased, deduplicated and sorted (docs/voting.md step 1).</summary>
    private List<string> RollAddresses() =>
        [.. RollVoters().Where(v => CanVote.Contains(v.Status)).Select(v => v.Email).Where(e => e.Length > 0).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The roll's address of each locked candidate.</summary>
    private List<string> CandidateAddresses()
    {
        var roll = RollVoters().ToDictionary(v => v.Login, v => v.Email, StringComparer.OrdinalIgnoreCase);
        return [.. _election.Locked.Select(c => roll[c.Login])];
    }

    private IEnumerable<(string Login, string Email, string Status)> RollVoters()
    {
        using var roll = JsonDocument.Parse(Sample.Read("voters.json"));
        return [.. roll.RootElement.GetProperty("voters").EnumerateArray().Select(v => (
            v.GetProperty("login").GetString()!,
            v.TryGetProperty("email", out var email) ? email.GetString()!.Trim().ToLowerInvariant() : "",
            v.GetProperty("status").GetString()!))];
    }

    private string Sha256Of(string relative) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sample.PathOf(relative))));
}
