using Elections.App.Events;
using Elections.App.Plans;

namespace Elections.App.Handlers;

/// <summary>
/// Decides what one (event, action) means for the election. A handler fetches what it needs, then
/// returns a <see cref="Plan"/>; it never mutates anything itself.
/// </summary>
public interface IWebhookHandler
{
    /// <summary>The <c>X-GitHub-Event</c> name it handles.</summary>
    string EventName { get; }

    /// <summary>The action it handles; null for events without actions (push, schedule, workflow_dispatch).</summary>
    string? Action { get; }

    ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken);
}
