using Elections.App;
using Elections.App.Effects;
using Elections.App.Events;
using Elections.App.Handlers;

namespace Elections.Sandbox.Tests.Candidacy;

/// <summary><see cref="QuestionEligibilityHandler"/> on the issues.opened payloads the emulated GitHub sends.</summary>
public sealed class QuestionEligibilityTests
{
    [Fact]
    public async Task Plan_QuestionsByAVoterAndAStranger_LabelsOnlyTheStrangers()
    {
        using var receiver = new WebhookReceiver();
        await using var world = await SandboxWorld.StartAsync(new SandboxServerOptions { WebhookUrl = receiver.Url, WebhookSecret = "s" });
        var state = world.Server.State;
        state.AddUser("amara-okafor", id: 1000001);
        state.OpenIssue("nixos", "election", "amara-okafor", "Funding?", "Where should money go?", ["question"]);
        state.OpenIssue("nixos", "election", "carol", "Why?", "Asked by someone not on the roll", ["question"]);
        state.OpenIssue("nixos", "election", "carol", "A bug", "Not a question", ["bug"]);
        await world.Server.Webhooks.WaitForIdleAsync();
        var handler = new QuestionEligibilityHandler();

        var plans = new List<string>();
        foreach (var (_, delivery, _, body) in receiver.Received)
        {
            Assert.True(WebhookEventReader.TryRead("issues", body, out var payload, out var problem), problem);
            var context = DeliveryContext.For(delivery, "issues", payload!, dryRun: false) with { Election = SampleSnapshot.Read() };
            var plan = await handler.PlanAsync(payload!, context, CancellationToken.None);
            plans.Add(plan.Effects.Count == 0 ? "skip" : string.Join(",", plan.Effects.OfType<LabelsEffect>().SelectMany(e => e.Add)));
        }

        Assert.Equal(["skip", "non-eligible-question", "skip"], plans);
    }
}
