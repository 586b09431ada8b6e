using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

/// <summary><c>tally --election DIR</c>: the election's own rules, each setting's source, flags overriding with a line each.</summary>
public sealed class TallyElectionTests : IDisposable
{
    /// <summary>Six of the sample's candidates by display name or login; everyone ranks the Example Hosting three first.</summary>
    private const string Ballots = """
        6 2
        4 1 5 6 2 3 4 0
        3 5 1 6 3 2 0
        2 6 5 1 4 0
        1 2 3 0
        0
        "Amara Okafor"
        "Bruno Lindqvist"
        "dmitri-volkov"
        "Elena García"
        "Grace Mwangi"
        "Hiroshi Tanaka"
        "Sample"
        """;

    private const string Hosting = "Employed by Example Hosting Ltd";
    private readonly SampleRepository _repository = new();

    public TallyElectionTests()
    {
        _repository.Write("ballots.blt", Ballots);
        _repository.Replace("candidates/amara-okafor.md", "Employer: Example Hosting Ltd, which sponsors the examplecoop build farm", Hosting);
        _repository.Replace("candidates/grace-mwangi.md", "Employed by Example Hosting Ltd, which sponsors the project's build farm", Hosting);
    }

    public void Dispose() => _repository.Dispose();

    private string Dir => _repository.Folder.FullName;

    [Fact]
    public async Task Tally_Election_UsesMethodSeatsTermsAndConflictGroupsWithTheirLines()
    {
        var config = Path.Combine(Dir, "config/election.yml");

        var (exit, output, error) = await CliRun.RunAsync("tally", _repository.PathOf("ballots.blt"), "--election", Dir);

        Assert.True(exit == 0, error);
        Assert.Contains("Method meek, 7 seat(s)", output, StringComparison.Ordinal);
        Assert.Contains($"method: meek (from {config}:{_repository.LineOf("config/election.yml", "method: meek")})", output, StringComparison.Ordinal);
        Assert.Contains($"seats: 7 (from {config}:{_repository.LineOf("config/election.yml", "seats: 7")})", output, StringComparison.Ordinal);
        Assert.Contains("quota: Droop, fractional", output, StringComparison.Ordinal);
        Assert.Contains("terms: 4 × 2 years, 3 × 1 year", output, StringComparison.Ordinal);
        Assert.Contains($"conflict groups: {Hosting}: Amara Okafor, Grace Mwangi, Hiroshi Tanaka (at most 1)", output, StringComparison.Ordinal);
        Assert.Contains("Conflict: conflict group " + Hosting, output, StringComparison.Ordinal);
        Assert.Matches("2-year terms: [^\n]+, [^\n]+, [^\n]+, [^\n]+\n", output);
        Assert.DoesNotContain("override", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_ElectionWithFlags_FlagsWinAndEachOverrideIsPrinted()
    {
        var (exit, output, error) = await CliRun.RunAsync("tally", _repository.PathOf("ballots.blt"), "--election", Dir, "--method", "schulze", "--seats", "2", "--unranked", "incomparable");

        Assert.True(exit == 0, error);
        Assert.Contains("Method schulze, 2 seat(s)", output, StringComparison.Ordinal);
        Assert.Contains("seats: 2 (from --seats)", output, StringComparison.Ordinal);
        Assert.Contains("unranked: incomparable (No opinion) (from --unranked)", output, StringComparison.Ordinal);
        Assert.Contains("override: --method schulze replaces counting.method meek", error, StringComparison.Ordinal);
        Assert.Contains("override: --seats 2 replaces seats 7", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_ElectionWithBrokenConfig_ExitsTwoNamingTheConfigLine()
    {
        _repository.Replace("config/election.yml", "seats: 7", "seats: many");

        var (exit, _, error) = await CliRun.RunAsync("tally", _repository.PathOf("ballots.blt"), "--election", Dir);

        Assert.Equal(2, exit);
        Assert.Contains("config/election.yml:", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Tally_NoMethodNoElection_ExitsTwoSayingWhatToGive()
    {
        var (exit, _, error) = await CliRun.RunAsync("tally", _repository.PathOf("ballots.blt"));

        Assert.Equal(2, exit);
        Assert.Contains("--method", error, StringComparison.Ordinal);
        Assert.Contains("--election", error, StringComparison.Ordinal);
    }
}
