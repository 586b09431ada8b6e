using Elections.App.Ports.GitHub;

namespace Elections.Sandbox.Tests.Client;

/// <summary>Pinning through GraphQL's pinIssue mutation (REST has no pin endpoint), with the real client against the Sandbox.</summary>
public sealed class PinIssueTests
{
    private static readonly RepositoryRef Repo = SandboxWorld.Repo;

    [Fact]
    public async Task PinAsync_AnIssue_PinsItOnceAndRefusesAFourthPinnedIssue()
    {
        await using var world = await SandboxWorld.StartAsync();
        var issues = world.GitHub.Issues;
        var created = new List<Issue>();
        for (var i = 0; i < 4; i++)
        {
            created.Add(await issues.CreateAsync(Repo, new NewIssue { Title = $"Status {i}" }));
        }

        await issues.PinAsync(Repo, created[0]);
        await issues.PinAsync(Repo, created[0]);
        await issues.PinAsync(Repo, created[1]);
        await issues.PinAsync(Repo, created[2]);
        var fourth = await Assert.ThrowsAsync<GitHubApiException>(() => issues.PinAsync(Repo, created[3]));

        Assert.All(created, issue => Assert.NotEmpty(issue.NodeId));
        Assert.Equal(created.Take(3).Select(i => i.Number), world.Server.State.PinnedIssues(Repo.Owner, Repo.Name));
        Assert.Contains("at most 3 pinned issues", fourth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_LeavesPullRequestsOut_AndListStateChanges_ReadsReopens()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var issue = await world.GitHub.Issues.CreateAsync(Repo, new NewIssue { Title = "Question" });
        var frank = state.AddUser("frank");
        var pull = state.OpenPullRequest(Repo.Owner, Repo.Name, "frank", "Nominate frank", "frank", new Dictionary<string, string?> { ["candidates/frank.md"] = "" });
        using (Elections.Sandbox.State.SandboxState.ActAs(frank))
        {
            state.UpdatePull(Repo.Owner, Repo.Name, pull, null, null, "closed");
            state.UpdatePull(Repo.Owner, Repo.Name, pull, null, null, "open");
        }

        var listed = await world.GitHub.Issues.ListAsync(Repo);
        var changes = await world.GitHub.Issues.ListStateChangesAsync(Repo, pull);

        Assert.Equal([issue.Number], listed.Select(i => i.Number));
        Assert.Equal(["closed", "reopened"], changes.Select(c => c.Event));
    }
}
