using Elections.App.Plans;
using Octokit.Webhooks;

namespace Elections.App.Handlers;

/// <summary>Base for handlers of one typed event: checks the payload type once, so handlers don't cast.</summary>
public abstract class WebhookHandler<TEvent> : IWebhookHandler
    where TEvent : WebhookEvent
{
    public abstract string Feature { get; }

    public abstract IReadOnlyList<Route> Routes { get; }

    public virtual bool RequiresElection => false;

    public bool Applies(WebhookEvent payload) => payload is TEvent typed && Applies(typed);

    public ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken) =>
        payload is TEvent typed
            ? PlanAsync(typed, context, cancellationToken)
            : throw new ArgumentException(
                $"{Feature} handles {typeof(TEvent).Name}, not {payload?.GetType().Name ?? "null"}",
                nameof(payload));

    protected abstract ValueTask<Plan> PlanAsync(TEvent payload, DeliveryContext context, CancellationToken cancellationToken);

    /// <summary>The typed form of <see cref="IWebhookHandler.Applies"/>; every event of the routes by default.</summary>
    protected virtual bool Applies(TEvent payload) => true;
}
