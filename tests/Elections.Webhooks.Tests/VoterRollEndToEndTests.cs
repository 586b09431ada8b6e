using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Elections.App.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Voters;
using Elections.Infrastructure.Tests.Store;
using Elections.Sandbox;
using Elections.Sandbox.Faults;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The voter-roll features over HTTP: the Sandbox sends signed webhooks to the real host, which acts on the
/// Sandbox as the App. The sample election is seeded as organization <c>examplecoop</c> with its voters as
/// users, its officials as organization owners and an empty <c>voters-2026</c> team.
/// </summary>
public sealed partial class VoterRollEndToEndTests : IAsyncLifetime
{
    private const string Org = "examplecoop";
    private const string Repo = "sc-election-2026";
    private const string Team = "voters-2026";
    private TestDatabase _database = null!;
    private SandboxServer _sandbox = null!;
    private RunningHost _host = null!;

    private static VoterRoll Roll => VoterRollParser.Parse(ElectionLayout.RollPath, SampleElection.Files[ElectionLayout.RollPath]).Roll;

    /// <summary>Voters who belong in the team, by id.</summary>
    private static HashSet<long> TeamVoters => [.. Roll.Voters.Where(VoterRules.BelongsInTeam).Select(voter => voter.Id!.Value)];

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        _sandbox = await SandboxServer.StartAsync(new SandboxServerOptions { AppId = 4242, AppSlug = "elections", InstallationId = 42 });
        _host = await RunningHost.StartAsync(
            _database.Setting,
            gitHub: null,
            // A ready token, as under Actions: the Sandbox clock moves days ahead, which an App JWT would not survive.
            $"--{ElectionsVariables.Token}=ghs_voter_roll_tests",
            $"--{ElectionsVariables.AppSlug}=elections",
            $"--{ElectionsVariables.GitHubApiUrl}={_sandbox.BaseUrl}",
            $"--{ElectionsVariables.RetryDelayMs}=50");
        _sandbox.Webhooks.Configure(_host.WebhookUrl, RunningHost.Secret);
        var state = _sandbox.State;
        state.AddOrganization(Org);
        foreach (var voter in Roll.Voters.Where(voter => voter.Id.HasValue && voter.Login.Length > 0))
        {
            state.AddUser(voter.Login, id: voter.Id);
        }

        foreach (var official in new[] { "olivia-ec", "omar-ec", "oksana-ec" })
        {
            state.SeedMember(Org, official, "admin");
        }

        state.AddUser("stranger");
        state.AddTeam(Org, Team);
        state.AddRepository(Org, Repo, SampleElection.Files.ToDictionary(file => file.Key, file => file.Value));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Push_ToDefaultBranch_InvitesVotersAddsMembersRemovesStrangers()
    {
        _sandbox.State.SeedTeamMember(Org, Team, "stranger");

        await PushAsync("README.md", "# Election\n");

        Assert.Equal(TeamVoters, InvitedOrMember());
        Assert.DoesNotContain("stranger", Members().Select(Login));
        Assert.Equal(["oksana-ec", "olivia-ec", "omar-ec"], Members().Select(Login).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Push_Redelivered_NoSecondInvitation()
    {
        await PushAsync("README.md", "# Election\n");
        var push = _sandbox.Webhooks.Deliveries.Last(d => d.Event == "push");
        var posts = InvitationPosts();

        for (var i = 0; i < 5; i++)
        {
            Assert.True(_sandbox.Webhooks.Redeliver(push.Id));
        }

        await SettleAsync();

        Assert.Equal(posts, InvitationPosts());
        Assert.Equal(TeamVoters.Count - 3, Pending().Count);
    }

    [Fact]
    public async Task Pushes_Concurrent_EachVoterInvitedOnce()
    {
        _sandbox.State.Push(Org, Repo, "main", "olivia-ec", "one", new Dictionary<string, string?> { ["a.md"] = "a\n" });
        _sandbox.State.Push(Org, Repo, "main", "olivia-ec", "two", new Dictionary<string, string?> { ["b.md"] = "b\n" });
        _sandbox.State.Push(Org, Repo, "main", "olivia-ec", "three", new Dictionary<string, string?> { ["c.md"] = "c\n" });
        await SettleAsync();

        var pending = Pending().Select(invitation => (string)invitation!["login"]!).ToList();
        Assert.Equal(pending.Count, pending.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(TeamVoters, InvitedOrMember());
    }

    [Fact]
    public async Task Invitations_ExpireAfterSevenDays_RenewedOnTheNextPush()
    {
        await PushAsync("README.md", "# Election\n");
        _sandbox.State.AcceptInvitation(Org, "amara-okafor");
        _sandbox.State.AdvanceClock(TimeSpan.FromDays(8));
        Assert.Empty(Pending());

        await PushAsync("README.md", "# Election, again\n");

        Assert.Equal(TeamVoters.Count - 4, Pending().Count);
        Assert.Contains("amara-okafor", Members().Select(Login));
        Assert.Equal(TeamVoters, InvitedOrMember());
    }

    [Fact]
    public async Task Push_RollWaivesAVoter_PendingInvitationCancelled()
    {
        await PushAsync("README.md", "# Election\n");
        var roll = SampleElection.Files[ElectionLayout.RollPath].Replace(
            "\"email\": \"uma.patel@example.net\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"active\"",
            "\"email\": \"uma.patel@example.net\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"waived\"",
            StringComparison.Ordinal);

        await PushAsync(ElectionLayout.RollPath, roll);

        Assert.DoesNotContain(Pending(), invitation => (string)invitation!["login"]! == "uma-patel");
        Assert.Equal(TeamVoters.Count - 4, Pending().Count);
    }

    [Fact]
    public async Task Push_DeletedAndRenamedAccounts_HandledWithoutFailure()
    {
        _sandbox.State.DeleteUser("chen-wei");
        await PushAsync("README.md", "# Election\n");
        _sandbox.State.RenameUser("dmitri-volkov", "dmitri-v");

        await PushAsync("README.md", "# Election, again\n");

        var logins = Pending().Select(invitation => (string)invitation!["login"]!).ToList();
        Assert.DoesNotContain("chen-wei", logins);
        Assert.Single(logins, login => login == "dmitri-v");
        var failed = await _host.Store.CountAsync(CancellationToken.None);
        Assert.Equal(0, failed.Failed);
    }

    [Fact]
    public async Task Push_RateLimitedInvitations_AllInvitedAfterRetries()
    {
        _sandbox.Faults.Add(new SandboxFault { Method = "POST", Path = "/orgs/*/invitations", Status = 403, Secondary = true, RetryAfterSeconds = 0, Count = 3 });
        _sandbox.Faults.Add(new SandboxFault { Method = "GET", Path = "/orgs/*/teams/*/members", Status = 429, RetryAfterSeconds = 0, Count = 1 });

        await PushAsync("README.md", "# Election\n");

        Assert.Equal(TeamVoters, InvitedOrMember());
        Assert.True(_sandbox.Faults.Injected >= 4);
    }

    [Fact]
    public async Task EmailUpdate_VoterChangesOwnAddressBeforeTheFreeze_Merged()
    {
        await ReplaceElectionAsync(LaterTimeline);
        var roll = Current(ElectionLayout.RollPath).Replace("amara.okafor@example.org", "amara@new.example.org", StringComparison.Ordinal);

        var number = _sandbox.State.OpenPullRequest(Org, Repo, "amara-okafor", "Update my e-mail", "amara-mail", new Dictionary<string, string?> { [ElectionLayout.RollPath] = roll });
        await SettleAsync();

        var pull = _sandbox.State.GetPull(Org, Repo, number);
        Assert.True((bool)pull["merged"]!);
        Assert.Contains("amara@new.example.org", Current(ElectionLayout.RollPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailUpdate_ChangesAnotherVoter_OneCommentPerHeadEvenWhenRedelivered()
    {
        await ReplaceElectionAsync(LaterTimeline);
        var roll = Current(ElectionLayout.RollPath).Replace("bruno.lindqvist@example.org", "bruno@evil.example.org", StringComparison.Ordinal);

        var number = _sandbox.State.OpenPullRequest(Org, Repo, "amara-okafor", "Fix", "fix", new Dictionary<string, string?> { [ElectionLayout.RollPath] = roll });
        await SettleAsync();
        var opened = _sandbox.Webhooks.Deliveries.Last(d => d.Event == "pull_request");
        _sandbox.Webhooks.Redeliver(opened.Id);
        await SettleAsync();

        var comment = Assert.Single(BotComments(number));
        Assert.Contains("other voters' entries (@bruno-lindqvist (1000002))", comment, StringComparison.Ordinal);
        Assert.False((bool)_sandbox.State.GetPull(Org, Repo, number)["merged"]!);

        var fixedRoll = roll.Replace("bruno@evil.example.org", "bruno.lindqvist@example.org", StringComparison.Ordinal).Replace("amara.okafor@example.org", "amara@new.example.org", StringComparison.Ordinal);
        _sandbox.State.PushToPullRequest(Org, Repo, number, new Dictionary<string, string?> { [ElectionLayout.RollPath] = fixedRoll });
        await SettleAsync();

        Assert.Single(BotComments(number));
        Assert.True((bool)_sandbox.State.GetPull(Org, Repo, number)["merged"]!);
    }

    [Fact]
    public async Task EmailUpdate_AfterTheFreeze_CommentSaysFrozen()
    {
        var roll = Current(ElectionLayout.RollPath).Replace("amara.okafor@example.org", "amara@new.example.org", StringComparison.Ordinal);

        var number = _sandbox.State.OpenPullRequest(Org, Repo, "amara-okafor", "Update my e-mail", "amara-mail", new Dictionary<string, string?> { [ElectionLayout.RollPath] = roll });
        await SettleAsync();

        Assert.Contains("the voter roll froze", Assert.Single(BotComments(number)), StringComparison.Ordinal);
        Assert.False((bool)_sandbox.State.GetPull(Org, Repo, number)["merged"]!);
    }

    [Fact]
    public async Task NonVoter_CommentsTwiceOpensIssue_OneNoticePerThreadNoneForVotersOrOfficials()
    {
        var issue = _sandbox.State.OpenIssue(Org, Repo, "amara-okafor", "Question");
        _sandbox.State.Comment(Org, Repo, issue, "stranger", "I want to vote");
        _sandbox.State.Comment(Org, Repo, issue, "stranger", "Really");
        _sandbox.State.Comment(Org, Repo, issue, "olivia-ec", "Please read the rules");
        var own = _sandbox.State.OpenIssue(Org, Repo, "stranger", "Let me vote");
        await SettleAsync();

        var notice = Assert.Single(BotComments(issue));
        Assert.StartsWith("@stranger, you are not on the voter roll", notice, StringComparison.Ordinal);
        Assert.Contains("docs/voters.md#asking-for-an-exception", notice, StringComparison.Ordinal);
        Assert.Single(BotComments(own));
    }

    private static string LaterTimeline(string config) =>
        TimelineDate().Replace(config, match => match.Value.Replace("2026-", "2099-", StringComparison.Ordinal));

    [GeneratedRegex(@"^  [a-z_]+: 2026-\d\d-\d\d", RegexOptions.Multiline)]
    private static partial Regex TimelineDate();

    private async Task ReplaceElectionAsync(Func<string, string> editConfig)
    {
        _sandbox.State.Push(Org, Repo, "main", "olivia-ec", "Move the timeline", new Dictionary<string, string?> { [ElectionLayout.ConfigPath] = editConfig(Current(ElectionLayout.ConfigPath)) });
        await SettleAsync();
    }

    private string Current(string path)
    {
        var file = (JsonObject)_sandbox.State.GetContent(Org, Repo, path, null);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(((string)file["content"]!).Replace("\n", "", StringComparison.Ordinal)));
    }

    private async Task PushAsync(string path, string text)
    {
        _sandbox.State.Push(Org, Repo, "main", "olivia-ec", $"Update {path}", new Dictionary<string, string?> { [path] = text });
        await SettleAsync();
    }

    private List<JsonNode?> Pending() => [.. _sandbox.State.ListTeamInvitations(Org, Team)];

    private List<JsonNode?> Members() => [.. _sandbox.State.ListTeamMembers(Org, Team, "all")];

    private static string Login(JsonNode? user) => (string)user!["login"]!;

    private HashSet<long> InvitedOrMember()
    {
        var ids = Members().Select(user => (long)user!["id"]!).ToHashSet();
        foreach (var invitation in Pending())
        {
            ids.Add((long)_sandbox.State.GetUserByLogin((string)invitation!["login"]!)["id"]!);
        }

        return ids;
    }

    private int InvitationPosts() => _sandbox.Requests.Count(request => request.Method == "POST" && request.Path.EndsWith("/invitations", StringComparison.Ordinal));

    private List<string> BotComments(int number) =>
        [.. _sandbox.State.ListComments(Org, Repo, number, null)
            .Where(comment => (string)comment!["user"]!["login"]! == "elections[bot]")
            .Select(comment => ((string)comment!["body"]!).Split("\n\n<!-- elections:effect=", 2)[0])];

    private async Task SettleAsync()
    {
        for (var round = 0; round < 3; round++)
        {
            await _sandbox.Webhooks.WaitForIdleAsync();
            await _host.WaitProcessedAsync(_sandbox.Webhooks.Deliveries.Where(d => d.Status == 202).Select(d => d.Id));
        }
    }
}
