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

    /// <summary>
    /// True when the handler acts on the repository's election: the router then reads it first
    /// (<see cref="DeliveryContext.Election"/>), ignores repositories that hold none, and replies with
    /// the problems instead of running the handler when the election's files are broken.
    /// </summary>
    bool RequiresElection { get; }

    /// <summary>
    /// A cheap look at the payload, without I/O: false when the handler has nothing to do with this
    /// event (a comment without its command), so the router reads no election for it.
    /// </summary>
    bool Applies(WebhookEvent payload);

    ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken);
}
