using System.Text;
using Elections.App.Ports.GitHub;

namespace Elections.Sandbox.Tests.Client;

/// <summary>The real REST client against the Sandbox over loopback HTTP.</summary>
public sealed class GitHubClientTests
{
    private static readonly RepositoryRef Repo = SandboxWorld.Repo;

    [Fact]
    public async Task Users_ByIdAndLogin_FindPeopleAndBotsButNotDeletedAccounts()
    {
        await using var world = await SandboxWorld.StartAsync();
        var bob = (await world.GitHub.Users.GetByLoginAsync("bob")).Value!;
        var byId = await world.GitHub.Users.GetByIdAsync(bob.Id);
        var bot = await world.GitHub.Users.GetByLoginAsync("renovate[bot]");
        world.Server.State.DeleteUser("dave");
        var deleted = await world.GitHub.Users.GetByLoginAsync("dave");

        Assert.Equal("bob", byId.Value!.Login);
        Assert.Equal("BOB", byId.Value.Name);
        Assert.Equal(GitHubAccountKind.Bot, bot.Value!.Kind);
        Assert.False(deleted.Found);
    }

    [Fact]
    public async Task Organizations_InviteListCancel_RoundTrips()
    {
        await using var world = await SandboxWorld.StartAsync();
        var orgs = world.GitHub.Organizations;
        var carol = (await world.GitHub.Users.GetByLoginAsync("carol")).Value!;

        var invitation = await orgs.InviteAsync(SandboxWorld.Org, new OrganizationInvitationRequest { InviteeId = carol.Id });
        var pending = await orgs.ListInvitationsAsync(SandboxWorld.Org);
        var membership = await orgs.GetMembershipAsync(SandboxWorld.Org, "carol");
        var cancelled = await orgs.CancelInvitationAsync(SandboxWorld.Org, invitation.Id);
        var cancelledAgain = await orgs.CancelInvitationAsync(SandboxWorld.Org, invitation.Id);

        Assert.Equal("carol", Assert.Single(pending).Login);
        Assert.Equal(MembershipState.Pending, membership.Value!.State);
        Assert.True(cancelled);
        Assert.False(cancelledAgain);
        Assert.Empty(await orgs.ListInvitationsAsync(SandboxWorld.Org));
    }

    [Fact]
    public async Task Organizations_InvitationOlderThanSevenDays_IsListedAsFailed()
    {
        await using var world = await SandboxWorld.StartAsync();
        var carol = (await world.GitHub.Users.GetByLoginAsync("carol")).Value!;
        await world.GitHub.Organizations.InviteAsync(SandboxWorld.Org, new OrganizationInvitationRequest { InviteeId = carol.Id });

        world.Server.State.AdvanceClock(TimeSpan.FromDays(8));

        Assert.Empty(await world.GitHub.Organizations.ListInvitationsAsync(SandboxWorld.Org));
        var failed = Assert.Single(await world.GitHub.Organizations.ListFailedInvitationsAsync(SandboxWorld.Org));
        Assert.Equal("carol", failed.Login);
        Assert.NotNull(failed.FailedAt);
    }

    [Fact]
    public async Task Organizations_MembersAndBlocks_AreListed()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.State.Block(SandboxWorld.Org, "erin");

        var members = await world.GitHub.Organizations.ListMembersAsync(SandboxWorld.Org);

        Assert.Equal(["alice", "bob"], members.Select(m => m.Login).Order());
        Assert.True(await world.GitHub.Organizations.IsBlockedAsync(SandboxWorld.Org, "erin"));
        Assert.False(await world.GitHub.Organizations.IsBlockedAsync(SandboxWorld.Org, "carol"));
        Assert.Equal("erin", Assert.Single(await world.GitHub.Organizations.ListBlockedAsync(SandboxWorld.Org)).Login);
    }

    [Fact]
    public async Task Teams_AddOutsiderThenAccept_GoesFromPendingToActive()
    {
        await using var world = await SandboxWorld.StartAsync();
        var teams = world.GitHub.Teams;

        var added = await teams.AddMemberAsync(SandboxWorld.Org, "voters", "carol");
        var withPending = await teams.ListMembersAsync(SandboxWorld.Org, "voters", includePending: true);
        var activeOnly = await teams.ListMembersAsync(SandboxWorld.Org, "voters", includePending: false);
        world.Server.State.AcceptInvitation(SandboxWorld.Org, "carol");
        var after = await teams.GetMembershipAsync(SandboxWorld.Org, "voters", "carol");

        Assert.Equal(MembershipState.Pending, added.State);
        Assert.Contains(withPending, m => m.Login == "carol" && m.State == MembershipState.Pending);
        Assert.DoesNotContain(activeOnly, m => m.Login == "carol");
        Assert.Equal(MembershipState.Active, after.Value!.State);
    }

    [Fact]
    public async Task Teams_RemoveTwice_IsIdempotent()
    {
        await using var world = await SandboxWorld.StartAsync();
        var team = (await world.GitHub.Teams.GetAsync(SandboxWorld.Org, "voters")).Value!;

        await world.GitHub.Teams.RemoveMemberAsync(SandboxWorld.Org, "voters", "bob");
        await world.GitHub.Teams.RemoveMemberAsync(SandboxWorld.Org, "voters", "bob");

        Assert.Equal(1, team.MembersCount);
        Assert.False((await world.GitHub.Teams.GetMembershipAsync(SandboxWorld.Org, "voters", "bob")).Found);
    }

    [Fact]
    public async Task PullRequests_FilesReviewsAndMergeWithExpectedHead_Work()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var number = state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate carol", "nominate-carol", new Dictionary<string, string?>
        {
            ["candidates/carol.md"] = "# Carol\nI stand.\n",
        });
        state.SubmitReview(Repo.Owner, Repo.Name, number, "bob", "approved", "LGTM");
        var prs = world.GitHub.PullRequests;

        var pull = (await prs.GetAsync(Repo, number)).Value!;
        var files = await prs.ListFilesAsync(Repo, number);
        var reviews = await prs.ListReviewsAsync(Repo, number);
        var stale = await prs.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = pull.BaseSha });
        var merged = await prs.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = pull.HeadSha });
        var file = await world.GitHub.Contents.GetFileAsync(Repo, "candidates/carol.md", "main");

        Assert.Equal("carol", pull.Author.Login);
        Assert.Equal(FileChangeKind.Added, Assert.Single(files).Change);
        Assert.Equal(ReviewState.Approved, Assert.Single(reviews).State);
        Assert.Equal(MergeStatus.HeadChanged, stale.Status);
        Assert.Equal(MergeStatus.Merged, merged.Status);
        Assert.Equal("# Carol\nI stand.\n", Encoding.UTF8.GetString(file.Value!.Content.Span));
    }

    [Fact]
    public async Task PullRequests_ListAndClose_Work()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var first = state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "One", "one", new Dictionary<string, string?> { ["a.txt"] = "a" });
        state.OpenPullRequest(Repo.Owner, Repo.Name, "bob", "Two", "two", new Dictionary<string, string?> { ["b.txt"] = "b" });

        var closed = await world.GitHub.PullRequests.CloseAsync(Repo, first);
        var open = await world.GitHub.PullRequests.ListAsync(Repo);

        Assert.False(closed.IsOpen);
        Assert.Equal("Two", Assert.Single(open).Title);
    }

    [Fact]
    public async Task Issues_CreateCommentEditLock_RoundTrip()
    {
        await using var world = await SandboxWorld.StartAsync();
        var issues = world.GitHub.Issues;

        var issue = await issues.CreateAsync(Repo, new NewIssue { Title = "Election announced", Body = "Hello", Labels = ["announcement"] });
        var comment = await issues.CreateCommentAsync(Repo, issue.Number, "First!", "first:1");
        var edited = await issues.UpdateCommentAsync(Repo, comment.Id, "First, edited");
        await issues.UpdateAsync(Repo, issue.Number, new IssueUpdate { Closed = true });
        await issues.LockAsync(Repo, issue.Number, LockReason.Resolved);
        var read = (await issues.GetAsync(Repo, issue.Number)).Value!;
        var comments = await issues.ListCommentsAsync(Repo, issue.Number);

        Assert.Equal(["announcement"], issue.Labels);
        Assert.Equal("First, edited", edited.Body);
        Assert.False(read.IsOpen);
        Assert.True(read.Locked);
        Assert.Equal(world.Server.State.Bot.Login, Assert.Single(comments).Author.Login);
    }

    [Fact]
    public async Task Labels_EnsureAddRemove_AreIdempotent()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "Question");
        var labels = world.GitHub.Labels;

        var first = await labels.EnsureAsync(Repo, new Label { Name = "enough endorsements", Color = "0e8a16" });
        var second = await labels.EnsureAsync(Repo, new Label { Name = "enough endorsements", Color = "ffffff" });
        var onIssue = await labels.AddToIssueAsync(Repo, number, ["enough endorsements"]);
        await labels.AddToIssueAsync(Repo, number, ["enough endorsements"]);
        await labels.RemoveFromIssueAsync(Repo, number, "enough endorsements");
        await labels.RemoveFromIssueAsync(Repo, number, "enough endorsements");

        Assert.Equal("0e8a16", first.Color);
        Assert.Equal("0e8a16", second.Color);
        Assert.Equal(["enough endorsements"], onIssue);
        Assert.Single(await labels.ListAsync(Repo));
        Assert.Empty((await world.GitHub.Issues.GetAsync(Repo, number)).Value!.Labels);
    }

    [Fact]
    public async Task Contents_PutWithStaleSha_ReportsConflictAndCommitsOnce()
    {
        await using var world = await SandboxWorld.StartAsync();
        var contents = world.GitHub.Contents;
        var repo = (await contents.GetRepositoryAsync(Repo)).Value!;
        var voters = (await contents.GetFileAsync(Repo, "voters.json", repo.DefaultBranch)).Value!;

        var write = new FileWrite { Path = "voters.json", Content = "{\"a\":1}\n"u8.ToArray(), Message = "Add a voter", ExpectedSha = voters.Sha };
        var first = await contents.PutFileAsync(Repo, write);
        var again = await contents.PutFileAsync(Repo, write);
        var directory = await contents.GetFileAsync(Repo, "candidates", "main");
        var missing = await contents.GetFileAsync(Repo, "nope.txt", "main");

        Assert.Equal("main", repo.DefaultBranch);
        Assert.Equal(FileWriteStatus.Committed, first.Status);
        Assert.Equal(FileWriteStatus.Conflict, again.Status);
        Assert.False(directory.Found);
        Assert.False(missing.Found);
    }

    [Fact]
    public async Task Contents_ReadAtRef_ReadsThatCommitNotTheBranchHead()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var number = state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Change config", "evil", new Dictionary<string, string?> { ["config/election.yml"] = "title: Hijacked\n" });
        var pull = (await world.GitHub.PullRequests.GetAsync(Repo, number)).Value!;

        var atBase = await world.GitHub.Contents.GetFileAsync(Repo, "config/election.yml", pull.BaseSha);
        var atHead = await world.GitHub.Contents.GetFileAsync(Repo, "config/election.yml", pull.HeadSha);

        Assert.StartsWith("title: Test election", Encoding.UTF8.GetString(atBase.Value!.Content.Span), StringComparison.Ordinal);
        Assert.Equal("title: Hijacked\n", Encoding.UTF8.GetString(atHead.Value!.Content.Span));
    }

    [Fact]
    public async Task Checks_CreateThenUpdate_ChangesTheRun()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate", "n", new Dictionary<string, string?> { ["candidates/carol.md"] = "x" });
        var head = (await world.GitHub.PullRequests.GetAsync(Repo, number)).Value!.HeadSha;

        var run = await world.GitHub.Checks.CreateAsync(Repo, new CheckRunRequest { Name = "nomination", HeadSha = head, Status = CheckRunStatus.InProgress, Title = "Checking", Summary = "…" });
        await world.GitHub.Checks.UpdateAsync(Repo, run.Id, new CheckRunRequest { Name = "nomination", HeadSha = head, Conclusion = CheckRunConclusion.Failure, Title = "Not eligible", Summary = "carol is not on the voter roll" });

        var stored = Assert.Single(world.Server.State.CheckRuns(Repo.Owner, Repo.Name));
        Assert.Equal("completed", stored.Status);
        Assert.Equal("failure", stored.Conclusion);
    }

    [Fact]
    public async Task Search_IssuesByLabel_FindsPullRequests()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate carol", "c", new Dictionary<string, string?> { ["candidates/carol.md"] = "x" }, labels: ["nomination"]);
        state.OpenPullRequest(Repo.Owner, Repo.Name, "erin", "Nominate erin", "e", new Dictionary<string, string?> { ["candidates/erin.md"] = "x" }, labels: ["nomination", "enough endorsements"]);

        var result = await world.GitHub.Search.SearchIssuesAsync($"repo:{Repo.FullName} is:pr is:open label:nomination -label:\"enough endorsements\"");

        var item = Assert.Single(result.Items);
        Assert.Equal("Nominate carol", item.Title);
        Assert.True(item.IsPullRequest);
        Assert.Equal(Repo, item.Repository);
    }

    [Fact]
    public async Task Search_MergedPullRequests_CountsCommitsAndMergers()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var from = state.Now.AddDays(-1);
        var number = state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Fix", "fix", new Dictionary<string, string?> { ["a.txt"] = "1" });
        state.PushToPullRequest(Repo.Owner, Repo.Name, number, new Dictionary<string, string?> { ["a.txt"] = "2" });
        state.MergeAs(Repo.Owner, Repo.Name, number, "alice");
        state.OpenPullRequest(Repo.Owner, Repo.Name, "erin", "Unmerged", "u", new Dictionary<string, string?> { ["b.txt"] = "1" });

        var merged = await world.GitHub.Search.ListMergedPullRequestsAsync(new ContributionQuery { Organizations = [SandboxWorld.Org], From = from, To = state.Now.AddDays(1) });

        var pr = Assert.Single(merged);
        Assert.Equal("carol", pr.Author.Login);
        Assert.Equal("alice", pr.MergedBy.Login);
        Assert.Equal(2, pr.Commits);
    }
}
