using System.CommandLine;
using Elections.Cli.Commands.Voters;
using Elections.Cli.Tests.Support;
using Elections.Core.Voters;
using Elections.Sandbox;

namespace Elections.Cli.Tests.Commands.Voters;

/// <summary><c>elections voters sync-team</c> against the Sandbox over HTTP, with a real SQLite journal.</summary>
public sealed class SyncTeamCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-sync-team-");
    private readonly Dictionary<string, string> _sample = Sample();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        var state = _sandbox.State;
        state.AddOrganization("examplecoop");
        state.AddUser("stranger");
        foreach (var voter in Roll.Voters.Where(voter => voter.Id.HasValue && voter.Login.Length > 0))
        {
            state.AddUser(voter.Login, id: voter.Id);
        }

        state.AddTeam("examplecoop", "voters-2026");
        state.SeedTeamMember("examplecoop", "voters-2026", "stranger");
        state.AddRepository("examplecoop", "sc-election-2026", _sample);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task SyncTeam_CapOfTwo_RemovesFirstDefersRestNextRunFinishes()
    {
        var (code, output, error) = await RunAsync(Environment(), "--max-changes", "2");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("applied: remove @stranger", output, StringComparison.Ordinal);
        Assert.Contains("applied: invite @amara-okafor (1000001)", output, StringComparison.Ordinal);
        Assert.Contains("2 change(s) this run (cap 2 per run)", output, StringComparison.Ordinal);
        Assert.Contains($"{Roll.Voters.Count(VoterRules.BelongsInTeam) - 1} more change(s) wait for the next run", output, StringComparison.Ordinal);
        Assert.Single(_sandbox.State.ListTeamInvitations("examplecoop", "voters-2026"));

        var (again, secondOutput, _) = await RunAsync(Environment());

        Assert.Equal(0, again);
        Assert.Contains("applied: invite @bruno-lindqvist", secondOutput, StringComparison.Ordinal);
        Assert.Equal(Roll.Voters.Count(VoterRules.BelongsInTeam), _sandbox.State.ListTeamInvitations("examplecoop", "voters-2026").Count);
        Assert.Empty(_sandbox.State.ListTeamMembers("examplecoop", "voters-2026", "all"));
        Assert.Contains("### elections voters sync-team: `sync-team`", await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncTeam_DryRun_ReportsAndChangesNothing()
    {
        var (code, output, _) = await RunAsync(Environment(), "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("would apply: invite @chen-wei (1000003)", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.State.ListTeamInvitations("examplecoop", "voters-2026"));
        Assert.Single(_sandbox.State.ListTeamMembers("examplecoop", "voters-2026", "all"));
    }

    [Fact]
    public async Task SyncTeam_NoSuchTeam_Exit2PointsAtVotersTeam()
    {
        _sandbox.State.AddRepository("examplecoop", "other", new Dictionary<string, string>
        {
            ["config/election.yml"] = _sample["config/election.yml"].Replace("voters_team: voters-2026", "voters_team: voters-2099", StringComparison.Ordinal),
        });
        _sandbox.State.Push("examplecoop", "other", "main", "stranger", "roll and candidates", _sample.Where(file => file.Key != "config/election.yml").ToDictionary(file => file.Key, file => (string?)file.Value));

        var env = Environment();
        env["GITHUB_REPOSITORY"] = "examplecoop/other";
        var (code, _, error) = await RunAsync(env);

        Assert.Equal(2, code);
        Assert.Contains("config/election.yml:", error, StringComparison.Ordinal);
        Assert.Contains("voters_team: the voters team examplecoop/voters-2099 does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncTeam_NoRepository_Exit2()
    {
        var env = Environment();
        env.Remove("GITHUB_REPOSITORY");

        var (code, _, error) = await RunAsync(env);

        Assert.Equal(2, code);
        Assert.Contains("--repository", error, StringComparison.Ordinal);
    }

    private VoterRoll Roll => VoterRollParser.Parse("voters.json", _sample["voters.json"]).Roll;

    private static Dictionary<string, string> Sample()
    {
        using var sample = new SampleRepository();
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["config/election.yml"] = sample.Read("config/election.yml"),
            ["voters.json"] = sample.Read("voters.json"),
        };
        foreach (var candidate in Directory.EnumerateFiles(sample.PathOf("candidates")))
        {
            files["candidates/" + Path.GetFileName(candidate)] = File.ReadAllText(candidate);
        }

        return files;
    }

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["GH_TOKEN"] = "ghs_test_token",
        ["ELECTIONS_GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        ["GITHUB_REPOSITORY"] = "examplecoop/sc-election-2026",
        ["GITHUB_STEP_SUMMARY"] = Path.Combine(_folder.FullName, "summary.md"),
        ["ELECTIONS_STORE"] = Path.Combine(_folder.FullName, "store.db"),
    };

    private static async Task<(int Code, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { SyncTeamCommand.Create(output, error, env) };
        root.Options.Add(GlobalOptions.Verbose);
        var code = await root.Parse(["sync-team", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
