using Elections.App.Events;
using Elections.App.Plans;

namespace Elections.App.Handlers;

/// <summary>Base for handlers of one typed event: checks the payload type once, so handlers don't cast.</summary>
public abstract class WebhookHandler<TEvent> : IWebhookHandler
    where TEvent : WebhookEvent
{
    public abstract string EventName { get; }

    public abstract string? Action { get; }

    public ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken) =>
        payload is TEvent typed
            ? PlanAsync(typed, context, cancellationToken)
            : throw new ArgumentException(
                $"{GetType().Name} handles {typeof(TEvent).Name}, not {payload?.GetType().Name ?? "null"}",
                nameof(payload));

    protected abstract ValueTask<Plan> PlanAsync(TEvent payload, DeliveryContext context, CancellationToken cancellationToken);
}
