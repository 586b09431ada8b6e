using System.Security.Cryptography;
using System.Text.Json;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Sandbox.Faults;

namespace Elections.Sandbox.Tests.Contract;

/// <summary>
/// Every route the client calls exists in GitHub's OpenAPI description with the parameters we send,
/// and every answer the Sandbox gives matches the operation's response schema.
/// </summary>
public sealed class ContractTests
{
    private static readonly RepositoryRef Repo = SandboxWorld.Repo;

    [ContractFact]
    public void ClientRoutes_ExistInTheSpecWithTheirParameters()
    {
        var spec = OpenApiSpec.Current;
        var problems = new List<string>();
        foreach (var route in GitHubRoutes.All)
        {
            if (!spec.Root.GetProperty("paths").TryGetProperty(route.Template, out var item) || !item.TryGetProperty(route.Method.ToLowerInvariant(), out var operation))
            {
                problems.Add($"{route}: not in the spec");
                continue;
            }

            var parameters = spec.Parameters(operation).ToList();
            var pathParameters = parameters.Where(p => p.In == "path").Select(p => p.Name).Order().ToList();
            if (!pathParameters.SequenceEqual(route.PathParameters.Order()))
            {
                problems.Add($"{route}: path parameters {string.Join(",", route.PathParameters)} vs spec {string.Join(",", pathParameters)}");
            }

            foreach (var required in parameters.Where(p => p.In == "query" && p.Required && !route.QueryParameters.Contains(p.Name)))
            {
                problems.Add($"{route}: required query parameter '{required.Name}' is not sent");
            }

            foreach (var sent in route.QueryParameters.Where(q => !parameters.Any(p => p.In == "query" && p.Name == q)))
            {
                problems.Add($"{route}: query parameter '{sent}' is not in the spec");
            }
        }

        Assert.Empty(problems);
    }

    [ContractFact]
    public async Task SandboxAnswers_ToEveryClientRoute_MatchTheResponseSchemas()
    {
        await using var world = await SandboxWorld.StartAsync(new SandboxServerOptions { RecordResponses = true });
        await TourAsync(world);

        var (problems, covered) = RecordedAnswers.Check(world.Server.Requests);

        Assert.Empty(problems);
        var missed = GitHubRoutes.All.Select(r => r.ToString()).Where(r => !covered.Contains(r)).ToList();
        Assert.Empty(missed);
    }

    [ContractFact]
    public async Task ClientRequests_OnTheTour_AreCatalogueRoutesWithSpecQueryParameters()
    {
        await using var world = await SandboxWorld.StartAsync(new SandboxServerOptions { RecordResponses = true });
        await TourAsync(world);

        var spec = OpenApiSpec.Current;
        var problems = new List<string>();
        foreach (var request in world.Server.Requests.Where(r => r.Path != "/graphql"))
        {
            if (!GitHubRoutes.TryMatch(request.Method, request.Path, out var route))
            {
                problems.Add($"{request.Method} {request.Path}: Octokit called a route that is not in GitHubRoutes");
                continue;
            }

            if (!spec.TryMatchPath(request.Method, request.Path, out _, out var operation))
            {
                continue; // reported by ClientRoutes_ExistInTheSpecWithTheirParameters
            }

            var names = request.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0]));
            problems.AddRange(names
                .Where(name => !spec.Parameters(operation).Any(p => p.In == "query" && p.Name == name))
                .Select(name => $"{route}: Octokit sent query parameter '{name}', which the spec does not define"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    [ContractFact]
    public void Validator_MissingRequiredField_IsReported()
    {
        var spec = OpenApiSpec.Current;
        Assert.True(spec.TryMatchPath("GET", "/users/bob", out _, out var operation));
        Assert.True(spec.TryResponseSchema(operation, 200, out var schema));
        using var body = JsonDocument.Parse("{\"login\":\"bob\",\"id\":\"not a number\"}");

        var errors = new SchemaValidator(spec).Validate(body.RootElement, schema);

        Assert.NotEmpty(errors);
    }

    /// <summary>Calls every client route at least once, including the documented failure answers.</summary>
    private static async Task TourAsync(SandboxWorld world)
    {
        var gh = world.GitHub;
        var state = world.Server.State;
        const string org = SandboxWorld.Org;

        // The App token route: a client with App credentials mints an installation token before its first call.
        using (var key = RSA.Create(2048))
        using (var app = new GitHubClientFactory(SandboxWorld.ClientOptions(world.Server.BaseUrl) with { Token = null, AppId = "1", PrivateKeyPem = key.ExportPkcs8PrivateKeyPem() }))
        {
            await app.Create(new GitHubCallContext { InstallationId = 1 }).Users.GetByLoginAsync("bob");
        }

        var bob = (await gh.Users.GetByLoginAsync("bob")).Value!;
        await gh.Users.GetByIdAsync(bob.Id);
        await gh.Users.GetByLoginAsync("nobody");

        await gh.Organizations.GetMembershipAsync(org, "bob");
        await gh.Organizations.GetMembershipAsync(org, "carol");
        await gh.Organizations.ListMembersAsync(org);
        var carol = (await gh.Users.GetByLoginAsync("carol")).Value!;
        var invitation = await gh.Organizations.InviteAsync(org, new OrganizationInvitationRequest { InviteeId = carol.Id });
        await gh.Organizations.GetMembershipAsync(org, "carol");
        await gh.Organizations.ListInvitationsAsync(org);
        await gh.Organizations.CancelInvitationAsync(org, invitation.Id);
        var erin = (await gh.Users.GetByLoginAsync("erin")).Value!;
        await gh.Organizations.InviteAsync(org, new OrganizationInvitationRequest { InviteeId = erin.Id });
        state.AdvanceClock(TimeSpan.FromDays(8));
        await gh.Organizations.ListFailedInvitationsAsync(org);
        state.Block(org, "dave");
        await gh.Organizations.IsBlockedAsync(org, "dave");
        await gh.Organizations.IsBlockedAsync(org, "carol");
        await gh.Organizations.ListBlockedAsync(org);

        await gh.Teams.GetAsync(org, "voters");
        await gh.Teams.GetAsync(org, "missing");
        await gh.Teams.AddMemberAsync(org, "voters", "alice", TeamRole.Maintainer);
        await gh.Teams.AddMemberAsync(org, "voters", "carol");
        await gh.Teams.ListMembersAsync(org, "voters", includePending: true);
        await gh.Teams.GetMembershipAsync(org, "voters", "carol");
        await gh.Teams.GetMembershipAsync(org, "voters", "erin");
        await gh.Teams.RemoveMemberAsync(org, "voters", "alice");

        await gh.Contents.GetRepositoryAsync(Repo);
        await gh.Contents.GetRepositoryAsync(new RepositoryRef(org, "missing"));
        var voters = (await gh.Contents.GetFileAsync(Repo, "voters.json", "main")).Value!;
        await gh.Contents.GetFileAsync(Repo, "candidates", "main");
        await gh.Contents.GetFileAsync(Repo, "missing.txt", "main");
        await gh.Contents.GetBranchHeadAsync(Repo, "main");
        await gh.Contents.GetBranchHeadAsync(Repo, "missing");
        await gh.Contents.ListDirectoryAsync(Repo, "candidates", "main");
        await gh.Contents.PutFileAsync(Repo, new FileWrite { Path = "voters.json", Content = "{\"x\":1}"u8.ToArray(), Message = "Update", ExpectedSha = voters.Sha });
        await gh.Contents.PutFileAsync(Repo, new FileWrite { Path = "new.txt", Content = "new"u8.ToArray(), Message = "Add" });
        await gh.Contents.PutFileAsync(Repo, new FileWrite { Path = "voters.json", Content = "{}"u8.ToArray(), Message = "Stale", ExpectedSha = voters.Sha });

        var number = state.OpenPullRequest(Repo.Owner, Repo.Name, "carol", "Nominate carol", "nominate", new Dictionary<string, string?> { ["candidates/carol.md"] = "# Carol\n", ["voters.json"] = null });
        state.SubmitReview(Repo.Owner, Repo.Name, number, "bob", "approved", "ok");
        var pull = (await gh.PullRequests.GetAsync(Repo, number)).Value!;
        await gh.PullRequests.GetAsync(Repo, 999);
        await gh.PullRequests.ListAsync(Repo, PullRequestStateFilter.All);
        await gh.PullRequests.ListFilesAsync(Repo, number);
        await gh.PullRequests.ListReviewsAsync(Repo, number);
        await gh.Checks.CreateAsync(Repo, new CheckRunRequest { Name = "nomination", HeadSha = pull.HeadSha, Status = CheckRunStatus.InProgress, Title = "t", Summary = "s" })
            .ContinueWith(async t => await gh.Checks.UpdateAsync(Repo, t.Result.Id, new CheckRunRequest { Name = "nomination", HeadSha = pull.HeadSha, Conclusion = CheckRunConclusion.Success, Title = "ok", Summary = "ok" }), TaskScheduler.Default).Unwrap();
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/check-runs", Status = 502, AfterProcessing = true });
        await gh.Checks.CreateAsync(Repo, new CheckRunRequest { Name = "eligibility", HeadSha = pull.HeadSha, Conclusion = CheckRunConclusion.Neutral, Title = "t", Summary = "s", ExternalId = "eligibility:1" });
        await gh.PullRequests.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = pull.BaseSha });
        await gh.PullRequests.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = pull.HeadSha, Method = MergeMethod.Squash, CommitTitle = "Nominate carol" });
        await gh.PullRequests.MergeAsync(Repo, number, new MergeRequest { ExpectedHeadSha = pull.HeadSha });
        var other = state.OpenPullRequest(Repo.Owner, Repo.Name, "erin", "Nominate erin", "erin", new Dictionary<string, string?> { ["candidates/erin.md"] = "x" });
        await gh.PullRequests.CloseAsync(Repo, other);
        await gh.Issues.ListStateChangesAsync(Repo, other);

        var issue = await gh.Issues.CreateAsync(Repo, new NewIssue { Title = "Kickoff", Body = "Hello", Labels = ["announcement"] });
        await gh.Issues.GetAsync(Repo, issue.Number);
        await gh.Issues.GetAsync(Repo, 999);
        var comment = await gh.Issues.CreateCommentAsync(Repo, issue.Number, "First", "first:1");
        await gh.Issues.UpdateCommentAsync(Repo, comment.Id, "First (edited)");
        await gh.Issues.ListCommentsAsync(Repo, issue.Number);
        await gh.Issues.UpdateAsync(Repo, issue.Number, new IssueUpdate { Title = "Kickoff!", Closed = true });
        await gh.Issues.LockAsync(Repo, issue.Number, LockReason.Resolved);

        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/*/*/issues", Status = 502, AfterProcessing = true });
        await gh.Issues.CreateAsync(Repo, new NewIssue { Title = "Reminder", Body = "Vote", EffectKey = "reminder:1" });

        // The announcement pull request: a branch, a file on it, the pull request, a team review request and its withdrawal.
        var main = (await gh.Contents.GetBranchHeadAsync(Repo, "main")).Value!;
        await gh.Contents.CreateBranchAsync(Repo, "announcements", main);
        await gh.Contents.CreateBranchAsync(Repo, "announcements", main); // 422: it exists
        await gh.Contents.PutFileAsync(Repo, new FileWrite { Path = "announcements/kickoff.md", Content = "# Kickoff\n"u8.ToArray(), Message = "Kickoff", Branch = "announcements" });
        var announcement = await gh.PullRequests.CreateAsync(Repo, "Kickoff", "Hello", "announcements", "main");
        await gh.PullRequests.RequestTeamReviewAsync(Repo, announcement.Number, "voters");
        await gh.PullRequests.RemoveTeamReviewRequestAsync(Repo, announcement.Number, "voters");

        await gh.Labels.EnsureAsync(Repo, new Label { Name = "nomination", Color = "0e8a16", Description = "A nomination" });
        await gh.Labels.EnsureAsync(Repo, new Label { Name = "nomination" });
        await gh.Labels.GetAsync(Repo, "missing");
        await gh.Labels.ListAsync(Repo);
        await gh.Labels.AddToIssueAsync(Repo, number, ["nomination", "enough endorsements"]);
        await gh.Labels.RemoveFromIssueAsync(Repo, number, "enough endorsements");
        await gh.Labels.RemoveFromIssueAsync(Repo, number, "enough endorsements");

        await gh.Search.SearchIssuesAsync($"repo:{Repo.FullName} is:pr label:nomination");
        await gh.Search.ListMergedPullRequestsAsync(new ContributionQuery { Organizations = [org], From = state.Now.AddDays(-30), To = state.Now.AddDays(1) });

        // The REST fallback of the harvest (GraphQL not served), and the commits e-mail source.
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/graphql", Status = 404, Count = -1 });
        await gh.Search.ListMergedPullRequestsAsync(new ContributionQuery { Organizations = [org], From = state.Now.AddDays(-30), To = state.Now.AddDays(1) });
        await gh.PullRequests.ListCommitAuthorsAsync(Repo, number);
    }
}
