using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Elections.Sandbox.Webhooks;

namespace Elections.Sandbox.Tests.State;

public sealed class WebhookTests
{
    [Fact]
    public async Task StateChanges_SendSignedWebhooksToTheConfiguredUrl()
    {
        using var receiver = new WebhookReceiver();
        await using var world = await SandboxWorld.StartAsync(new SandboxServerOptions { WebhookUrl = receiver.Url, WebhookSecret = "s3cret" });
        var state = world.Server.State;

        var number = state.OpenPullRequest("nixos", "election", "carol", "Nominate carol", "c", new Dictionary<string, string?> { ["candidates/carol.md"] = "x" });
        state.Comment("nixos", "election", number, "bob", "!endorse");
        await world.Server.Webhooks.WaitForIdleAsync();

        var received = receiver.Received;
        Assert.Equal(["pull_request", "issue_comment"], received.Select(r => r.Event));
        foreach (var (_, delivery, signature, body) in received)
        {
            Assert.True(Guid.TryParse(delivery, out _));
            var expected = "sha256=" + Convert.ToHexString(HMACSHA256.HashData("s3cret"u8, body)).ToLowerInvariant();
            Assert.Equal(expected, signature);
        }

        var comment = JsonNode.Parse(received[1].Body)!;
        Assert.Equal("created", comment["action"]!.GetValue<string>());
        Assert.Equal("!endorse", comment["comment"]!["body"]!.GetValue<string>());
        Assert.Equal("bob", comment["sender"]!["login"]!.GetValue<string>());
        Assert.NotNull(comment["issue"]!["pull_request"]);
        Assert.Equal(1, comment["installation"]!["id"]!.GetValue<long>());
        Assert.All(world.Server.Webhooks.Deliveries, d => Assert.Equal(200, d.Status));
    }

    [Fact]
    public async Task Redeliver_KeepsTheDeliveryId()
    {
        using var receiver = new WebhookReceiver();
        await using var world = await SandboxWorld.StartAsync(new SandboxServerOptions { WebhookUrl = receiver.Url, WebhookSecret = "k" });
        world.Server.State.OpenIssue("nixos", "election", "carol", "Hello");
        await world.Server.Webhooks.WaitForIdleAsync();
        var id = Assert.Single(world.Server.Webhooks.Deliveries).Id;

        Assert.True(world.Server.Webhooks.Redeliver(id));
        await world.Server.Webhooks.WaitForIdleAsync();

        Assert.Equal([id, id], receiver.Received.Select(r => r.Delivery));
    }

    [Fact]
    public async Task MembershipAndOrganizationEvents_FollowInvitationLifecycle()
    {
        await using var world = await SandboxWorld.StartAsync();

        await world.GitHub.Teams.AddMemberAsync("nixos", "voters", "carol");
        world.Server.State.AcceptInvitation("nixos", "carol");

        var events = world.Server.Webhooks.Deliveries.Select(d => $"{d.Event}.{d.Action}").ToList();
        Assert.Equal(["organization.member_invited", "organization.member_added", "membership.added"], events);
    }

    [Fact]
    public void Sign_KnownVector_MatchesGitHubsExample()
    {
        // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
        var signature = WebhookSender.Sign("It's a Secret to Everybody", "Hello, World!"u8.ToArray());

        Assert.Equal("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", signature);
    }
}
