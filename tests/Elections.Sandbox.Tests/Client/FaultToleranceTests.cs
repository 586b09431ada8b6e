using Elections.App.Ports.GitHub;
using Elections.Sandbox.Faults;

namespace Elections.Sandbox.Tests.Client;

/// <summary>With faults injected the work completes, and nothing is created twice.</summary>
public sealed class FaultToleranceTests
{
    private static readonly RepositoryRef Repo = SandboxWorld.Repo;

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Get_After5xx_RetriesAndSucceeds(int status)
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.Faults.Add(new SandboxFault { Method = "GET", Path = "/users/*", Status = status, Count = 2 });

        var user = await world.GitHub.Users.GetByLoginAsync("bob");

        Assert.True(user.Found);
        Assert.Equal(3, world.Server.Requests.Count(r => r.Path == "/users/bob"));
    }

    [Fact]
    public async Task Get_RateLimitedWithRetryAfter_WaitsAndSucceeds()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.Faults.Add(new SandboxFault { Path = "/orgs/*/members", Status = 429, RetryAfterSeconds = 0 });
        world.Server.Faults.Add(new SandboxFault { Path = "/orgs/*/members", Status = 403, Secondary = true });
        world.Server.Faults.Add(new SandboxFault { Path = "/orgs/*/members", Status = 403, RateLimitResetSeconds = 0 });

        var members = await world.GitHub.Organizations.ListMembersAsync(SandboxWorld.Org);

        Assert.Equal(2, members.Count);
        Assert.Equal(3, world.Server.Faults.Injected);
    }

    [Fact]
    public async Task Get_RateLimitResetBeyondTheCap_FailsWithRateLimitedError()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.Faults.Add(new SandboxFault { Path = "/users/*", Status = 403, RateLimitResetSeconds = 3600 });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => world.GitHub.Users.GetByLoginAsync("bob"));

        Assert.True(error.IsRateLimited);
        Assert.Equal(403, error.StatusCode);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task Get_DroppedAndSlowResponses_AreRetried()
    {
        await using var world = await SandboxWorld.StartAsync(client: o => o with { AttemptTimeout = TimeSpan.FromSeconds(1) });
        world.Server.Faults.Add(new SandboxFault { Path = "/repos/*/*/pulls", Drop = true });
        world.Server.Faults.Add(new SandboxFault { Path = "/repos/*/*/pulls", Status = 0, DelayMs = 10_000 });

        var pulls = await world.GitHub.PullRequests.ListAsync(Repo);

        Assert.Empty(pulls);
        Assert.Equal(2, world.Server.Faults.Injected);
    }

    [Fact]
    public async Task Get_CancelledWhileGitHubIsSlow_StopsWaiting()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.Faults.Add(new SandboxFault { Path = "/users/*", Status = 0, DelayMs = 60_000 });
        using var cancel = new CancellationTokenSource();

        var call = world.GitHub.Users.GetByLoginAsync("bob", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task CreateComment_AnswerLostAfterProcessing_DoesNotPostTwice()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "Nomination");
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Status = 502, AfterProcessing = true });
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Drop = true, AfterProcessing = true });

        var first = await world.GitHub.Issues.CreateCommentAsync(Repo, number, "Thanks for your nomination!", "nominate-ack:1");
        var second = await world.GitHub.Issues.CreateCommentAsync(Repo, number, "Endorsement recorded.", "endorse-ack:1");

        var comments = await world.GitHub.Issues.ListCommentsAsync(Repo, number);
        Assert.Equal([first.Id, second.Id], comments.Select(c => c.Id));
        Assert.StartsWith("Thanks for your nomination!", comments[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("Endorsement recorded.", comments[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateComment_IdenticalRepliesWithDifferentKeysUnderLostAnswers_PostsEachExactlyOnce()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "!ping");
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Status = 502, Count = 2, AfterProcessing = true });

        var first = await world.GitHub.Issues.CreateCommentAsync(Repo, number, "pong", "ping:delivery-1");
        var second = await world.GitHub.Issues.CreateCommentAsync(Repo, number, "pong", "ping:delivery-2");

        var comments = await world.GitHub.Issues.ListCommentsAsync(Repo, number);
        Assert.Equal(2, comments.Count);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal([first.Id, second.Id], comments.Select(c => c.Id));
        Assert.True(EffectMarker.IsIn(comments[0].Body, "ping:delivery-1"));
        Assert.True(EffectMarker.IsIn(comments[1].Body, "ping:delivery-2"));
        Assert.Equal(2, world.Server.Faults.Injected);
    }

    [Fact]
    public async Task CreateComment_SameBodyFromAPersonCarryingTheMarker_IsNotTakenForOurs()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "!ping");
        world.Server.State.Comment(Repo.Owner, Repo.Name, number, "bob", EffectMarker.Append("pong", "ping:delivery-1"));
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Status = 502, Count = 1 });

        var created = await world.GitHub.Issues.CreateCommentAsync(Repo, number, "pong", "ping:delivery-1");

        var comments = await world.GitHub.Issues.ListCommentsAsync(Repo, number);
        Assert.Equal(2, comments.Count);
        Assert.Equal(created.Id, comments[1].Id);
        Assert.Equal(GitHubAccountKind.Bot, comments[1].Author.Kind);
    }

    [Fact]
    public async Task CreateComment_RejectedBeforeProcessing_IsSentAgainOnce()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "Nomination");
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Status = 503 });
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues/*/comments", Status = 429, RetryAfterSeconds = 0 });

        await world.GitHub.Issues.CreateCommentAsync(Repo, number, "Hello", "hello:1");

        Assert.Single(await world.GitHub.Issues.ListCommentsAsync(Repo, number));
    }

    [Fact]
    public async Task CreateIssue_AnswerLost_DoesNotOpenTwice()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues", Status = 500, AfterProcessing = true });

        var issue = await world.GitHub.Issues.CreateAsync(Repo, new NewIssue { Title = "Voting starts", Body = "Go vote", EffectKey = "announce:voting" });

        var all = await world.GitHub.Search.SearchIssuesAsync($"repo:{Repo.FullName} is:issue");
        Assert.Equal(issue.Number, Assert.Single(all.Items).Number);
    }

    [Fact]
    public async Task CreateCheckRun_AnswerLostWithExternalId_CreatesOneRun()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate", "n", new Dictionary<string, string?> { ["candidates/carol.md"] = "x" });
        var head = (await world.GitHub.PullRequests.GetAsync(Repo, number)).Value!.HeadSha;
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/check-runs", Status = 502, AfterProcessing = true });

        var run = await world.GitHub.Checks.CreateAsync(Repo, new CheckRunRequest
        {
            Name = "nomination",
            HeadSha = head,
            Conclusion = CheckRunConclusion.Success,
            Title = "Valid",
            Summary = "ok",
            ExternalId = "nomination-check:pr1:" + head,
        });

        Assert.Equal(run.Id, Assert.Single(world.Server.State.CheckRuns(Repo.Owner, Repo.Name)).Id);
    }

    [Fact]
    public async Task Merge_AnswerLostThenRetried_ReportsAlreadyMerged()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate", "n", new Dictionary<string, string?> { ["candidates/carol.md"] = "x" });
        var head = (await world.GitHub.PullRequests.GetAsync(Repo, number)).Value!.HeadSha;
        world.Server.Faults.Add(new SandboxFault { Method = "PUT", Path = "/repos/*/*/pulls/*/merge", Status = 502, AfterProcessing = true });

        var result = await world.GitHub.PullRequests.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = head });

        Assert.Equal(MergeStatus.AlreadyMerged, result.Status);
        Assert.Single(world.Server.Webhooks.Deliveries, d => d.Event == "pull_request" && d.Action == "closed");
    }

    [Fact]
    public async Task TeamAndLabelWrites_UnderRepeated5xx_CompleteWithoutDuplicates()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue(Repo.Owner, Repo.Name, "carol", "Nomination");
        world.Server.Faults.Add(new SandboxFault { Path = "/orgs/**", Status = 502, Count = 2, AfterProcessing = true });
        world.Server.Faults.Add(new SandboxFault { Path = "/repos/*/*/issues/*/labels", Status = 500, Count = 2, AfterProcessing = true });

        await world.GitHub.Teams.AddMemberAsync(SandboxWorld.Org, "voters", "alice");
        var labels = await world.GitHub.Labels.AddToIssueAsync(Repo, number, ["nomination"]);

        Assert.Equal(["nomination"], labels);
        Assert.Single(world.Server.Webhooks.Deliveries, d => d.Event == "membership" && d.Action == "added");
        Assert.Single(world.Server.Webhooks.Deliveries, d => d.Event == "issues" && d.Action == "labeled");
    }

    [Fact]
    public async Task Get_PersistentOutage_ThrowsWithStatusAfterRetries()
    {
        await using var world = await SandboxWorld.StartAsync(client: o => o with { MaxRetries = 2 });
        world.Server.Faults.Add(new SandboxFault { Path = "/users/*", Status = 503, Count = -1 });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => world.GitHub.Users.GetByLoginAsync("bob"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("/users/{username}", error.Route);
        Assert.Equal(3, world.Server.Requests.Count(r => r.Path == "/users/bob"));
    }
}
