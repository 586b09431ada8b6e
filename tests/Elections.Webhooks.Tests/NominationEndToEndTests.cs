using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Core.Candidacy;
using Elections.Infrastructure.Tests.Store;
using Elections.Sandbox;
using Elections.Sandbox.Faults;
using Elections.Sandbox.State;
using Elections.Sandbox.Webhooks;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Webhooks.Tests;

/// <summary>
/// A whole candidacy phase in the Sandbox with the real host pipeline (issue 10 "Done when"): nominations, acceptance,
/// 30 simultaneous approvals, typos, a non-voter, an official, retractions, faults, late actions by the Sandbox clock,
/// and every webhook delivered again; the final check runs, labels and comments match a hand-written expectation.
/// </summary>
public sealed class NominationEndToEndTests : IAsyncLifetime
{
    private const string Org = "examplecoop";
    private const string Repo = "sc-election-2026";
    private static readonly string[] NotEndorsers = ["jamal-bakr", "kavya-iyer", "olivia-ec", "omar-ec", "oksana-ec"];
    private SandboxWithHost _world = null!;
    private Dictionary<string, long> _voters = null!;
    private readonly Dictionary<string, SandboxUser> _users = [];

    private SandboxState State => _world.Sandbox.State;

    public async Task InitializeAsync()
    {
        _world = await SandboxWithHost.StartAsync(services => services.AddSingleton<IConflictGroups>(new FixedConflictGroups(Groups)));
        State.AddOrganization(Org);
        var now = State.Now;
        var files = SampleElection.WithConfig(config => WithTimeline(config, now));
        using var roll = JsonDocument.Parse(files["voters.json"]);
        _voters = roll.RootElement.GetProperty("voters").EnumerateArray()
            .ToDictionary(v => v.GetProperty("login").GetString()!, v => v.GetProperty("id").GetInt64());
        foreach (var (login, id) in _voters)
        {
            _users[login] = State.AddUser(login, id: id);
        }

        State.AddUser("stranger", id: 7000001);
        State.SeedMember(Org, "omar-ec", "admin");
        State.AddRepository(Org, Repo, files);
    }

    /// <summary>Conflict groups the committee declared: three endorsers work for the same company.</summary>
    private static IReadOnlyList<ConflictGroup> Groups { get; } = [new("Acme Corp", [1000012, 1000013, 1000014])];

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task CandidacyPhase_RacesRetractionsTyposLateActionsFaultsAndRedelivery_EndsInTheExpectedState()
    {
        // Kavya nominates Jamal: an empty candidate file.
        var pr = State.OpenPullRequest(Org, Repo, "kavya-iyer", "Nominate @jamal-bakr", "nominate-jamal", new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = "" });
        await SettleAsync();
        Assert.Equal(("neutral", "Waiting for acceptance, form, endorsements, independence"), Check(pr));
        Assert.Equal(["nomination"], Labels(pr));
        Assert.Contains("| `jamal-bakr` | #1 | `kavya-iyer` | no | incomplete | 0 | 1 | **pending** | acceptance; form; endorsements; independence |", StatusIssueBody(), StringComparison.Ordinal);

        // Someone else's !accept, then Jamal fills in the form and accepts.
        State.Comment(Org, Repo, pr, "kavya-iyer", "!accept");
        State.PushToPullRequest(Org, Repo, pr, new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = Form("jamal-bakr") });
        State.Comment(Org, Repo, pr, "jamal-bakr", "Thank you!\n!accept");
        await SettleAsync();
        Assert.Equal(("neutral", "Waiting for endorsements, independence"), Check(pr));
        Assert.Equal(["nomination", "nominee-accepted"], Labels(pr));

        // Faults while 30 voters approve at once: the label call fails with 502 once and is rate limited once.
        _world.Sandbox.Faults.Add(new SandboxFault { Method = "POST", Path = $"/repos/{Org}/{Repo}/issues/*/labels", Status = 502, Count = 1 });
        _world.Sandbox.Faults.Add(new SandboxFault { Method = "PATCH", Path = $"/repos/{Org}/{Repo}/check-runs/*", Status = 429, Count = 1, RetryAfterSeconds = 0 });
        var endorsers = _voters.Keys.Where(l => !NotEndorsers.Contains(l) && CanVote(l)).Take(30).ToList();
        var reviews = new Dictionary<string, long>();
        await Task.WhenAll(endorsers.Select(login => Task.Run(() =>
        {
            var id = State.SubmitReview(Org, Repo, pr, login, "APPROVED");
            lock (reviews)
            {
                reviews[login] = id;
            }
        })));
        await SettleAsync();
        Assert.Equal(30, EndorserCount(pr));
        Assert.Equal(("success", "@jamal-bakr: nomination confirmed"), Check(pr));
        Assert.Equal(["enough endorsements", "nomination", "nominee-accepted"], Labels(pr));
        Assert.Contains("| `jamal-bakr` | #1 | `kavya-iyer` | yes | complete | 30 | 29 | **confirmed** |  |", StatusIssueBody(), StringComparison.Ordinal);

        // A typo, a non-voter, an official, the nominee, one retraction by comment and one dismissed review.
        var typo = State.Comment(Org, Repo, pr, endorsers[0], "!endorce");
        State.Comment(Org, Repo, pr, "stranger", "!endorse");
        State.Comment(Org, Repo, pr, "olivia-ec", "!endorse");
        State.Comment(Org, Repo, pr, "jamal-bakr", "!endorse");
        State.Comment(Org, Repo, pr, endorsers[1], "!unendorse");
        using (SandboxState.ActAs(_users["omar-ec"]))
        {
            State.DismissReview(Org, Repo, pr, reviews[endorsers[2]], "approved the wrong pull request");
        }

        await SettleAsync();
        Assert.Equal(28, EndorserCount(pr));

        // A comment with a thousand commands counts once; its later edit is re-read; a deleted endorsement is gone.
        var many = State.Comment(Org, Repo, pr, endorsers[1], string.Join("\n", Enumerable.Repeat("!endorse", 1000)));
        State.EditComment(Org, Repo, typo, "!endorse");
        await SettleAsync();
        Assert.Equal(29, EndorserCount(pr));
        using (SandboxState.ActAs(_users[endorsers[1]]))
        {
            State.DeleteComment(Org, Repo, many);
        }

        await SettleAsync();
        Assert.Equal(28, EndorserCount(pr));

        // A second nomination of Jamal, an official nominated, a pull request that also edits another file.
        var second = State.OpenPullRequest(Org, Repo, "lukas-novak", "Nominate Jamal again", "jamal-again", new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = "" });
        var official = State.OpenPullRequest(Org, Repo, "lukas-novak", "Nominate Olivia", "olivia", new Dictionary<string, string?> { ["candidates/olivia-ec.md"] = "" });
        var extra = State.OpenPullRequest(Org, Repo, "maria-santos", "Nominate myself", "maria", new Dictionary<string, string?> { ["candidates/maria-santos.md"] = "", ["README.md"] = "hi" });
        await SettleAsync();
        Assert.Equal(("failure", "Invalid nomination: @jamal-bakr is already nominated in #1"), Check(second));
        Assert.StartsWith("Invalid nomination: @olivia-ec is an election official", Check(official).Title, StringComparison.Ordinal);
        Assert.StartsWith("Invalid nomination: Besides candidates/maria-santos.md", Check(extra).Title, StringComparison.Ordinal);
        Assert.Empty(Labels(second));

        // After the endorsement deadline (by the Sandbox clock, i.e. GitHub's timestamps): a late endorsement.
        State.AdvanceClock(TimeSpan.FromDays(3));
        State.Comment(Org, Repo, pr, endorsers[1], "!endorse");
        await SettleAsync();
        Assert.Equal(28, EndorserCount(pr));

        var before = Snapshot();

        // Every webhook again: GitHub's redelivery (same id) and a fresh copy (new id). Nothing new, same state.
        _world.DeliverEverythingAgain();

        await SettleAsync();
        Assert.Equal(before, Snapshot());
        var status = StatusIssueBody();
        Assert.Contains("| `jamal-bakr` | #1 | `kavya-iyer` | yes | complete | 28 | 27 | **confirmed** |  |", status, StringComparison.Ordinal);
        Assert.Contains($"| `jamal-bakr` | #{second} | `lukas-novak` | no | incomplete | 0 | 1 | **invalid** | @jamal-bakr is already nominated in #1. |", status, StringComparison.Ordinal);

        // The non-voter notice (on by default) answers @stranger once on this thread, whatever the redeliveries; the
        // candidacy replies come beside it, in their own order.
        const string Notice = "elections[bot]: @stranger, you are not on the voter roll of this election, so please abstain";
        Assert.Single(BotComments(pr), c => c.StartsWith(Notice, StringComparison.Ordinal));
        var replies = BotComments(pr).Where(c => !c.StartsWith(Notice, StringComparison.Ordinal)).ToList();
        var late = $"@{endorsers[1]}, `!endorse` was given at ";
        Assert.Equal(
            [
                "elections[bot]: @kavya-iyer, only @jamal-bakr can accept this nomination, so `!accept` from @kavya-iyer is ignored.",
                $"elections[bot]: @{endorsers[0]}, `!endorce` is not a command; did you mean `!endorse`? Edit the comment or write a new one.",
                "elections[bot]: @stranger, you are not on the voter roll (`voters.json`), so your endorsement does not count. You may request a voter exception from the committee.",
                "elections[bot]: @olivia-ec, election officials stay neutral and do not endorse; your endorsement does not count.",
                "elections[bot]: @jamal-bakr, nominees cannot endorse their own nomination; your endorsement does not count.",
                $"elections[bot]: {late}",
            ],
            replies.Select(c => c.StartsWith($"elections[bot]: {late}", StringComparison.Ordinal) ? $"elections[bot]: {late}" : c));
        Assert.Contains("after the deadline for endorsements, acceptances and candidate forms: ", replies[^1], StringComparison.Ordinal);
        Assert.Contains(" UTC. It does not count.", replies[^1], StringComparison.Ordinal);
        var summary = _world.Sandbox.State.CheckRuns(Org, Repo).Single(r => r.HeadSha == HeadSha(pr)).Summary!;
        Assert.Contains("Endorsements: 28 of 3 needed", summary, StringComparison.Ordinal);
        Assert.Contains("Mutually independent people among nominee and endorsers: 27 of 4 needed", summary, StringComparison.Ordinal);
        Assert.Single(_world.Sandbox.State.CheckRuns(Org, Repo), r => r.HeadSha == HeadSha(pr));
    }

    [Fact]
    public async Task Withdrawal_ClosingThePullRequest_MakesTheCheckNeutralAndRefusesLaterEndorsements()
    {
        var pr = State.OpenPullRequest(Org, Repo, "lukas-novak", "Nominate myself", "lukas", new Dictionary<string, string?> { ["candidates/lukas-novak.md"] = Form("lukas-novak") });
        State.SubmitReview(Org, Repo, pr, "maria-santos", "APPROVED");
        await SettleAsync();
        Assert.Equal(["nomination", "nominee-accepted"], Labels(pr));

        // GitHub's times are whole seconds: a second apart, the approval is before the close and the comment after it.
        State.AdvanceClock(TimeSpan.FromSeconds(1));
        using (SandboxState.ActAs(_users["lukas-novak"]))
        {
            State.UpdatePull(Org, Repo, pr, null, null, "closed");
        }

        await SettleAsync();
        State.AdvanceClock(TimeSpan.FromSeconds(1));
        State.Comment(Org, Repo, pr, "niamh-obrien", "!endorse");
        await SettleAsync();

        Assert.Equal(("neutral", "Nomination of @lukas-novak withdrawn"), Check(pr));
        Assert.Equal(["nomination"], Labels(pr));
        Assert.StartsWith("elections[bot]: @niamh-obrien, this nomination pull request is closed", Assert.Single(BotComments(pr)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_APullRequestDeletingACandidateFile_IsCheckedAndAnsweredAndLeavesTheStatusIssue()
    {
        using (SandboxState.ActAs(_users["omar-ec"]))
        {
            State.PutContent(Org, Repo, "candidates/lukas-novak.md", System.Text.Encoding.UTF8.GetBytes(Form("lukas-novak")), "Merge the nomination of @lukas-novak", null, null, null, null);
        }

        var bySomeoneElse = State.OpenPullRequest(Org, Repo, "maria-santos", "Withdraw Lukas", "withdraw-lukas-2", new Dictionary<string, string?> { ["candidates/lukas-novak.md"] = null });
        await SettleAsync();
        var withdrawal = State.OpenPullRequest(Org, Repo, "lukas-novak", "I withdraw", "withdraw-lukas", new Dictionary<string, string?> { ["candidates/lukas-novak.md"] = null });
        await SettleAsync();

        Assert.Equal(("success", "@lukas-novak withdraws from the election"), Check(withdrawal));
        Assert.StartsWith("elections[bot]: @lukas-novak, merging this pull request withdraws @lukas-novak", Assert.Single(BotComments(withdrawal)), StringComparison.Ordinal);
        Assert.Empty(Labels(withdrawal));
        Assert.Equal("failure", Check(bySomeoneElse).Conclusion);
        Assert.StartsWith("Invalid withdrawal: Only @lukas-novak", Check(bySomeoneElse).Title, StringComparison.Ordinal);
        Assert.Contains("| `lukas-novak` | merged |", StatusIssueBody(), StringComparison.Ordinal);

        using (SandboxState.ActAs(_users["omar-ec"]))
        {
            State.MergePull(Org, Repo, withdrawal, HeadSha(withdrawal), null, null);
        }

        await SettleAsync();
        Assert.DoesNotContain("lukas-novak", StatusIssueBody(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopen_AfterNominationsClose_FailsTheCheckAndRepliesNamingTheDeadline()
    {
        var pr = State.OpenPullRequest(Org, Repo, "lukas-novak", "Nominate myself", "lukas", new Dictionary<string, string?> { ["candidates/lukas-novak.md"] = Form("lukas-novak") });
        using (SandboxState.ActAs(_users["lukas-novak"]))
        {
            State.UpdatePull(Org, Repo, pr, null, null, "closed");
        }

        await SettleAsync();
        State.AdvanceClock(TimeSpan.FromDays(1.5));
        using (SandboxState.ActAs(_users["lukas-novak"]))
        {
            State.UpdatePull(Org, Repo, pr, null, null, "open");
        }

        await SettleAsync();

        Assert.Equal("failure", Check(pr).Conclusion);
        Assert.Contains("reopened at", Check(pr).Title, StringComparison.Ordinal);
        var reply = Assert.Single(BotComments(pr));
        Assert.StartsWith("elections[bot]: @lukas-novak, this pull request was reopened at ", reply, StringComparison.Ordinal);
        Assert.Matches(@"after nominations closed on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, so the nomination does not stand again", reply);
    }

    private static string WithTimeline(string config, DateTimeOffset now)
    {
        string At(double days) => (now + TimeSpan.FromDays(days)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var start = config.IndexOf("timeline:", StringComparison.Ordinal);
        var end = config.IndexOf("seats:", start, StringComparison.Ordinal);
        var timeline = $"""
            timeline:
              kickoff: {At(-1)}
              nominations_close: {At(1)}
              endorsements_close: {At(2)}
              questions_close: {At(3)}
              answers_close: {At(4)}
              voter_roll_freeze: {At(4)}
              voting_opens: {At(5)}
              voting_closes: {At(10)}
              results: {At(11)}


            """;
        return string.Concat(config.AsSpan(0, start), timeline.Replace("\r\n", "\n", StringComparison.Ordinal), config.AsSpan(end));
    }

    private static string Form(string login) =>
        $"---\nname: {login}\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest: none\n---\n\nWhy I am running.\n";

    private static bool CanVote(string login) => !new[] { "mateo-fernandez", "nadia-kovacs", "olu-adeyemi", "priya-nair", "rafael-mendes", "tariq-hassan" }.Contains(login);

    private string HeadSha(int pr) => State.GetPull(Org, Repo, pr)["head"]!["sha"]!.GetValue<string>();

    private (string Conclusion, string Title) Check(int pr)
    {
        var run = Assert.Single(State.CheckRuns(Org, Repo), r => r.HeadSha == HeadSha(pr) && r.Name == "nomination");
        return (run.Conclusion ?? "", run.Title ?? "");
    }

    private int EndorserCount(int pr)
    {
        var summary = State.CheckRuns(Org, Repo).Single(r => r.HeadSha == HeadSha(pr)).Summary ?? "";
        var marker = "- Endorsements: ";
        var at = summary.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return int.Parse(summary[at..summary.IndexOf(' ', at)], CultureInfo.InvariantCulture);
    }

    private List<string> Labels(int pr) =>
        [.. State.ListIssueLabels(Org, Repo, pr).Select(l => l!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private List<string> BotComments(int pr) =>
        [.. State.ListComments(Org, Repo, pr, null)
            .Where(c => c!["user"]!["login"]!.GetValue<string>() == "elections[bot]")
            .Select(c => $"elections[bot]: {c!["body"]!.GetValue<string>().Split("\n\nSee docs/candidacy.md.", 2)[0]}")];

    private string Snapshot() => string.Join(
        "\n",
        [
            .. State.CheckRuns(Org, Repo).OrderBy(r => r.Id).Select(r => $"{r.Id} {r.HeadSha} {r.Conclusion} {r.Title} {r.Summary}"),
            .. Enumerable.Range(1, 5).SelectMany(pr => Labels(pr).Select(l => $"#{pr} {l}")),
            .. Enumerable.Range(1, 5).SelectMany(pr => State.ListComments(Org, Repo, pr, null).Select(c => $"#{pr} {c!["id"]} {c["body"]}")),
            .. State.ListIssues(Org, Repo, "all", null, null, ascending: true).Select(i => $"#{i!["number"]} {i["title"]} {i["body"]}"),
        ]);

    /// <summary>The one status issue: made by the bot, pinned, never twice.</summary>
    private string StatusIssueBody()
    {
        var issue = Assert.Single(
            State.ListIssues(Org, Repo, "all", null, null, ascending: true),
            i => i!["pull_request"] is null && i["title"]!.GetValue<string>().StartsWith("Candidates' status: ", StringComparison.Ordinal))!;
        Assert.Equal("elections[bot]", issue["user"]!["login"]!.GetValue<string>());
        Assert.Equal([issue["number"]!.GetValue<int>()], State.PinnedIssues(Org, Repo));
        return issue["body"]!.GetValue<string>();
    }

    private Task SettleAsync() => _world.SettleAsync();

    private sealed class FixedConflictGroups(IReadOnlyList<ConflictGroup> groups) : IConflictGroups
    {
        public Task<IReadOnlyList<ConflictGroup>> ReadAsync(string repository, CancellationToken ct) => Task.FromResult(groups);
    }
}
