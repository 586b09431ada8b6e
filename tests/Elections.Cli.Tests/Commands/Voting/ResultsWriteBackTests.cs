using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary>
/// <c>elections results writeback</c> on the sample election against the Sandbox over HTTP, in a child process: the
/// counted winners go into the governance repository's members file with their term ends, members whose term ended
/// leave, and a rerun updates the one pull request instead of opening a second.
/// </summary>
public sealed class ResultsWriteBackTests : IAsyncLifetime, IDisposable
{
    private const string Org = GovernanceSandbox.Org;
    private const string Repo = GovernanceSandbox.Repo;

    private readonly HandOffElection _election = new();
    private GovernanceSandbox _governance = null!;

    public async Task InitializeAsync()
    {
        _governance = await GovernanceSandbox.StartAsync();
        File.WriteAllText(_election.Sample.PathOf("opavote.blt"), _election.Blt(30));
        await CliRun.RunAtAsync(HandOffElection.AfterVoting, ["voting", "import", _election.Sample.PathOf("opavote.blt"), "--repo", _election.Dir]);
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", _election.Dir);
        Assert.True(exit == 0, error);
    }

    public async Task DisposeAsync() => await _governance.DisposeAsync();

    public void Dispose() => _election.Dispose();

    [Fact]
    public async Task WriteBack_TwiceThenAfterNewResults_OnePullRequestUpdatedWithWinnersAddedAndEndedTermsRemoved()
    {
        Configure($"{Org}/{Repo}");
        var first = await WriteBackAsync();
        var again = await WriteBackAsync();
        LengthenFirstTerm();
        var updated = await WriteBackAsync();

        Assert.True(first.Exit == 0, first.Out + first.Error);
        Assert.True(again.Exit == 0, again.Out + again.Error);
        Assert.True(updated.Exit == 0, updated.Out + updated.Error);
        Assert.Contains("updated the write-back pull request #1", updated.Out, StringComparison.Ordinal);
        Assert.Contains("opened the write-back pull request #1", first.Out, StringComparison.Ordinal);
        Assert.Contains("remove ended-member (term ended 2026-10-01)", first.Out, StringComparison.Ordinal);
        Assert.Contains("is up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, _governance.PullRequestsOpened());

        var pull = _governance.Server.State.GetPull(Org, Repo, 1);
        Assert.Equal(GovernanceSandbox.Branch, pull["head"]!["ref"]!.GetValue<string>());
        _governance.AssertProposed(_election.Elected());
        Assert.Contains("add @", pull["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteBack_DryRun_PrintsTheFileAndChangesNothing()
    {
        Configure($"{Org}/{Repo}");
        var run = await WriteBackAsync("--dry-run");

        Assert.True(run.Exit == 0, run.Out + run.Error);
        Assert.Contains("dry run: would propose committee/members.yml", run.Out, StringComparison.Ordinal);
        Assert.Contains("staying-member", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(_governance.Server.Requests, r => r.Method != "GET");
    }

    [Fact]
    public async Task WriteBack_NotConfigured_ExitsTwoNamingTheKey()
    {
        _election.Sample.SetResultsSection("");
        var run = await WriteBackAsync();

        Assert.Equal(2, run.Exit);
        Assert.Contains("results.governance_file", run.Error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(run.Error);
    }

    [Fact]
    public async Task Validate_BadGovernanceFile_ReportsFileLineAndField()
    {
        _election.Sample.SetResultsSection("results:\n  governance_file:\n    repository: not-a-repo\n    format: toml\n");

        var (exit, output, errors) = await CliRun.RunAsync("validate", "--repo", _election.Dir);
        var error = output + errors;

        Assert.Equal(2, exit);
        Assert.Contains("results.governance_file.repository", error, StringComparison.Ordinal);
        Assert.Contains("results.governance_file.path", error, StringComparison.Ordinal);
        Assert.Contains("results.governance_file.format", error, StringComparison.Ordinal);
        Assert.Contains("config/election.yml:", error, StringComparison.Ordinal);
    }

    /// <summary>Gives the first winner a three-year term in results.json, as a recount with other terms would.</summary>
    private void LengthenFirstTerm()
    {
        var path = _election.Sample.PathOf("results/results.json");
        var results = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        results["elected"]![0]!["term_years"] = 3;
        File.WriteAllText(path, results.ToJsonString());
    }

    private void Configure(string repository) => GovernanceSandbox.Configure(_election.Sample, repository);

    private Task<(int Exit, string Out, string Error)> WriteBackAsync(params string[] more) => _governance.WriteBackAsync(_election.Dir, more);
}
