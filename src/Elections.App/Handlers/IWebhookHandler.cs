using Elections.App.Plans;
using Octokit.Webhooks;

namespace Elections.App.Handlers;

/// <summary>
/// One feature of the bot (nomination checks, endorsements, <c>!ping</c> …). Every handler whose
/// routes match a delivery plans for it; a handler fetches what it needs, then returns a
/// <see cref="Plan"/>; it never mutates anything itself.
/// </summary>
public interface IWebhookHandler
{
    /// <summary>The feature's name, unique among handlers: it names the handler's report line and its audit entries.</summary>
    string Feature { get; }

    /// <summary>The (event, action) pairs the handler plans for.</summary>
    IReadOnlyList<Route> Routes { get; }

    ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken);
}
