using Elections.App.Ports.GitHub;

namespace Elections.Sandbox.Tests.Client;

public sealed class ConditionalRequestTests
{
    [Fact]
    public async Task Get_Repeated_SendsIfNoneMatchAndServesTheCachedBody()
    {
        await using var world = await SandboxWorld.StartAsync();

        var first = await world.GitHub.Users.GetByLoginAsync("bob");
        var second = await world.GitHub.Users.GetByLoginAsync("bob");

        Assert.Equal(first.Value, second.Value);
        var requests = world.Server.Requests.Where(r => r.Path == "/users/bob").ToList();
        Assert.Equal([false, true], requests.Select(r => r.NotModified));
    }

    [Fact]
    public async Task Get_AfterAChange_ReadsTheNewBody()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue("nixos", "election", "carol", "Before");
        await world.GitHub.Issues.GetAsync(SandboxWorld.Repo, number);

        await world.GitHub.Issues.UpdateAsync(SandboxWorld.Repo, number, new IssueUpdate { Title = "After" });
        var read = await world.GitHub.Issues.GetAsync(SandboxWorld.Repo, number);

        Assert.Equal("After", read.Value!.Title);
    }

    [Fact]
    public async Task List_MoreThanOnePage_FollowsLinkHeaders()
    {
        await using var world = await SandboxWorld.StartAsync();
        var number = world.Server.State.OpenIssue("nixos", "election", "carol", "Busy thread");
        for (var i = 0; i < 205; i++)
        {
            world.Server.State.Comment("nixos", "election", number, i % 2 == 0 ? "bob" : "alice", $"!endorse {i}");
        }

        var comments = await world.GitHub.Issues.ListCommentsAsync(SandboxWorld.Repo, number);

        Assert.Equal(205, comments.Count);
        Assert.Equal("!endorse 204", comments[^1].Body);
        Assert.Equal(3, world.Server.Requests.Count(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Calls_CarryOurDeliveryId()
    {
        await using var world = await SandboxWorld.StartAsync();

        await world.GitHub.Users.GetByLoginAsync("bob");

        Assert.All(world.Server.Requests, r => Assert.Equal("delivery-1", r.DeliveryId));
    }
}
