using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Candidacy;
using Elections.Sandbox.State;
using Elections.Sandbox.Webhooks;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The results hand-off handlers with the real host and the Sandbox over HTTP (issue 13 item 8): the <c>results</c> check
/// on results pull requests, its re-run, and publication when the results pull request is merged, before and after the
/// embargo, with every webhook delivered again.
/// </summary>
public sealed class ResultsEndToEndTests(CountedResults counted) : IClassFixture<CountedResults>, IAsyncLifetime
{
    private const string Org = "examplecoop";
    private const string Repo = "sc-election-2026";
    private const string Governance = "governance";
    private const string MembersPath = "steering-committee/members.yml"; // results.governance_file of the sample election
    private readonly Dictionary<string, SandboxUser> _officials = [];
    private SandboxWithHost _world = null!;

    private SandboxState State => _world.Sandbox.State;

    public async Task InitializeAsync()
    {
        _world = await SandboxWithHost.StartAsync(_ => { });
        State.AddOrganization(Org);
        foreach (var (login, id) in new[] { ("olivia-ec", 5100001L), ("omar-ec", 5100002L), ("oksana-ec", 5100003L) })
        {
            _officials[login] = State.AddUser(login, id: id);
        }

        State.SeedMember(Org, "omar-ec", "admin");
        State.AddTeam(Org, "voters-2026");
        State.AddRepository(Org, Governance, new Dictionary<string, string> { [MembersPath] = "- login: \"staying-member\"\n  name: \"Staying Member\"\n  term_ends: 2030-10-26\n" });
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ResultsPullRequest_AsElectionsResultsWroteThem_CheckSucceedsListingEveryCheck()
    {
        AddElection(counted.BaseFiles);

        var pr = OpenResults(counted.Results);
        await SettleAsync();

        var run = Check(pr);
        Assert.Equal("success", run.Conclusion);
        Assert.Equal("Results verified: the count, the ballots and the lock-in agree", run.Title);
        foreach (var name in new[] { "files", "sha256", "import checks", "recount", "voting closed" })
        {
            Assert.Contains($"- ✅ **{name}**: ", run.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ResultsPullRequest_ElectedTamperedWith_FailsNamingResultsJsonElected()
    {
        AddElection(counted.BaseFiles);
        var results = JsonNode.Parse(counted.Results["results/results.json"])!;
        var elected = results["elected"]!.AsArray();
        (elected[0]!["name"], elected[^1]!["name"]) = (elected[^1]!["name"]!.DeepClone(), elected[0]!["name"]!.DeepClone());

        var pr = OpenResults(new(counted.Results) { ["results/results.json"] = results.ToJsonString() });
        await SettleAsync();

        var run = Check(pr);
        Assert.Equal("failure", run.Conclusion);
        Assert.StartsWith("Results refused: results/results.json: elected: names ", run.Title, StringComparison.Ordinal);
        Assert.Contains("but a recount of results/ballots.blt with config/election.yml elects ", run.Title, StringComparison.Ordinal);
        Assert.Contains("- ❌ **recount**: ", run.Summary, StringComparison.Ordinal);
        Assert.Contains("- ✅ **import checks**: ", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPullRequest_WrongSha256_FailsNamingTheHashFile()
    {
        AddElection(counted.BaseFiles);

        var pr = OpenResults(new(counted.Results) { ["results/ballots.sha256"] = new string('0', 64) + "  ballots.blt\n" });
        await SettleAsync();

        var run = Check(pr);
        Assert.Equal("failure", run.Conclusion);
        Assert.StartsWith($"Results refused: results/ballots.sha256:1: sha256: says {new string('0', 64)}, but results/ballots.blt hashes to ", run.Title, StringComparison.Ordinal);
        Assert.Contains("- ⏭️ **import checks**: not run", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPullRequest_BeforeVotingCloses_FailsNamingTheDeadline()
    {
        AddElection(new(counted.BaseFiles) { ["config/election.yml"] = NextYear(counted.BaseFiles["config/election.yml"]) });

        var pr = OpenResults(counted.Results);
        await SettleAsync();

        var run = Check(pr);
        Assert.Equal("failure", run.Conclusion);
        Assert.Contains("config/election.yml:", run.Title, StringComparison.Ordinal);
        Assert.Contains("timeline.voting_closes: results can be published only after timeline.voting_closes, 2027-10-25 AoE", run.Title, StringComparison.Ordinal);
        Assert.Contains("- ✅ **recount**: ", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPullRequest_LockInCommittedThenCheckReRun_FailsThenSucceedsOnTheSameRun()
    {
        var withoutLockIn = new Dictionary<string, string>(counted.BaseFiles);
        withoutLockIn.Remove(LockInFile.Path);
        AddElection(withoutLockIn);
        var pr = OpenResults(counted.Results);
        await SettleAsync();
        Assert.StartsWith("Results refused: voting/lock-in.json: lock-in: there is no lock-in record", Check(pr).Title, StringComparison.Ordinal);

        using (SandboxState.ActAs(_officials["oksana-ec"]))
        {
            State.PutContent(Org, Repo, LockInFile.Path, Encoding.UTF8.GetBytes(counted.BaseFiles[LockInFile.Path]), "Lock in the candidates", null, null, null, null);
            State.RerequestCheckRun(Org, Repo, Check(pr).Id);
        }

        await SettleAsync();

        Assert.Equal("success", Check(pr).Conclusion);
        Assert.Contains(_world.Sandbox.Webhooks.Deliveries, d => d.Event == "check_run" && d.Action == "rerequested" && d.Status == 202);
    }

    [Fact]
    public async Task MergedResults_AfterTheEmbargo_AnnouncesWritesBackAndRepliesOnceEvenWhenRedelivered()
    {
        AddElection(counted.BaseFiles);
        var pr = OpenResults(new(counted.Results) { ["results/publication.json"] = Publication(State.Now - TimeSpan.FromDays(2)) });
        await SettleAsync();
        Merge(pr);
        await SettleAsync();
        var before = Snapshot();

        _world.DeliverEverythingAgain();

        await SettleAsync();

        Assert.Equal(before, Snapshot());
        var announcement = Assert.Single(BotPulls(Repo), p => p["head"]!["ref"]!.GetValue<string>() == "elections/announcements-sc-2026")!;
        var elected = JsonNode.Parse(counted.Results["results/results.json"])!["elected"]!.AsArray().Select(e => e!["login"]!.GetValue<string>()).ToList();
        Assert.All(elected, login => Assert.Contains(login, announcement["body"]!.GetValue<string>(), StringComparison.Ordinal));
        var writeBack = Assert.Single(BotPulls(Governance))!;
        Assert.Equal("elections/writeback-sc-2026", writeBack["head"]!["ref"]!.GetValue<string>());
        var reply = Assert.Single(BotComments(pr));
        Assert.StartsWith("The result is public: the announcement ", reply, StringComparison.Ordinal);
        Assert.Contains($"is on #{announcement["number"]}", reply, StringComparison.Ordinal);
        Assert.Contains($"in {Org}/{Governance} is pull request #{writeBack["number"]}", reply, StringComparison.Ordinal);

        // The served dashboard lists the elected from the merged results.json and serves the merged report.
        var dashboard = await _world.Host.Client.GetStringAsync(new Uri($"/elections/{Org}/{Repo}", UriKind.Relative));
        var list = dashboard[dashboard.IndexOf("<ol id=\"elected\">", StringComparison.Ordinal)..];
        Assert.Equal(elected, [.. elected.OrderBy(login => list.IndexOf($"@{login}", StringComparison.Ordinal))]);
        Assert.DoesNotContain(elected, login => !list.Contains($"@{login}", StringComparison.Ordinal));
        Assert.Contains($"<a href=\"{Repo}/results\">read the results report</a>", dashboard, StringComparison.Ordinal);
        Assert.Equal(counted.Results["results/report.html"], await _world.Host.Client.GetStringAsync(new Uri($"/elections/{Org}/{Repo}/results", UriKind.Relative)));
    }

    [Fact]
    public async Task MergedResults_CommitteeTemplateInTheRepository_IsTheAnnouncementPosted()
    {
        AddElection(new(counted.BaseFiles)
        {
            ["templates/announcements/result/body.sbn"] = "Our own words: {{ for person in elected }}@{{ person.login }} {{ end }}are elected to the {{ election.name }}.\n",
        });
        var pr = OpenResults(new(counted.Results) { ["results/publication.json"] = Publication(State.Now - TimeSpan.FromDays(2)) });
        await SettleAsync();
        Merge(pr);
        await SettleAsync();

        var body = Assert.Single(BotPulls(Repo), p => p["head"]!["ref"]!.GetValue<string>() == "elections/announcements-sc-2026")!["body"]!.GetValue<string>();
        var elected = JsonNode.Parse(counted.Results["results/results.json"])!["elected"]!.AsArray().Select(e => "@" + e!["login"]!.GetValue<string>());
        Assert.Contains($"Our own words: {string.Join(' ', elected)} are elected to the Example Co-op Steering Committee Election 2026.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("have been counted", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergedResults_DuringTheEmbargo_OnlyRepliesWhenItLifts()
    {
        AddElection(counted.BaseFiles);
        var notified = State.Now - TimeSpan.FromHours(1);
        var pr = OpenResults(new(counted.Results) { ["results/publication.json"] = Publication(notified) });
        await SettleAsync();
        Merge(pr);
        await SettleAsync();

        var reply = Assert.Single(BotComments(pr));
        Assert.StartsWith("The results are merged, but not public yet. The embargo holds until ", reply, StringComparison.Ordinal);
        Assert.Contains($"{notified.AddHours(24).UtcDateTime:yyyy-MM-dd HH:mm} UTC (results.embargo_hours: 24 h", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(BotPulls(Repo), p => p["head"]!["ref"]!.GetValue<string>() == "elections/announcements-sc-2026");
        Assert.Empty(BotPulls(Governance));
    }

    private void AddElection(Dictionary<string, string> files) => State.AddRepository(Org, Repo, files);

    private int OpenResults(Dictionary<string, string> files)
    {
        return State.OpenPullRequest(Org, Repo, "olivia-ec", "Results of the election", "results", files.ToDictionary(f => f.Key, f => (string?)f.Value));
    }

    private void Merge(int pr)
    {
        using (SandboxState.ActAs(_officials["omar-ec"]))
        {
            State.MergePull(Org, Repo, pr, null, null, null);
        }
    }

    private SandboxCheckRun Check(int pr)
    {
        var head = State.GetPull(Org, Repo, pr)["head"]!["sha"]!.GetValue<string>();
        return Assert.Single(State.CheckRuns(Org, Repo), r => r.HeadSha == head && r.Name == "results");
    }

    private List<JsonNode> BotPulls(string repo) =>
        [.. State.ListIssues(Org, repo, "all", null, null, ascending: true)
            .Where(i => i!["pull_request"] is not null && i["user"]!["login"]!.GetValue<string>() == "elections[bot]")
            .Select(i => (JsonNode)State.GetPull(Org, repo, i!["number"]!.GetValue<int>()))];

    private List<string> BotComments(int pr) =>
        [.. State.ListComments(Org, Repo, pr, null)
            .Where(c => c!["user"]!["login"]!.GetValue<string>() == "elections[bot]")
            .Select(c => c!["body"]!.GetValue<string>())];

    /// <summary>Every issue, pull request and comment in both repositories.</summary>
    private string Snapshot() => string.Join(
        "\n",
        new[] { Repo, Governance }.SelectMany(repo => State.ListIssues(Org, repo, "all", null, null, ascending: true).SelectMany(i =>
            State.ListComments(Org, repo, i!["number"]!.GetValue<int>(), null).Select(c => $"{repo}#{i["number"]} {c!["body"]}").Prepend($"{repo}#{i["number"]} {i["title"]} {i["body"]}"))));

    private static string Publication(DateTimeOffset notified) =>
        $"{{\"format_version\": 1, \"election\": \"sc-2026\", \"candidates_notified_at\": \"{notified.ToString("o", CultureInfo.InvariantCulture)}\"}}\n";

    /// <summary>The timeline a year later, so voting has not closed yet.</summary>
    private static string NextYear(string config)
    {
        var start = config.IndexOf("timeline:", StringComparison.Ordinal);
        var end = config.IndexOf("seats:", start, StringComparison.Ordinal);
        return string.Concat(config.AsSpan(0, start), config[start..end].Replace("2026-", "2027-", StringComparison.Ordinal), config.AsSpan(end));
    }

    private Task SettleAsync() => _world.SettleAsync();
}
