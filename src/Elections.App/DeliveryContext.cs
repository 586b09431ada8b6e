using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App;

/// <summary>
/// Everything scoped to one delivery: who sent what, where, and whether effects are applied or only
/// reported. Both drivers build one per event; the router opens a log scope from it.
/// </summary>
public sealed record DeliveryContext
{
    /// <summary><c>X-GitHub-Delivery</c>, or a run-derived id under Actions.</summary>
    public required string DeliveryId { get; init; }

    public required string EventName { get; init; }

    public string? Action { get; init; }

    /// <summary><c>owner/name</c>, or empty for organization-level events.</summary>
    public string Repository { get; init; } = "";

    public long? InstallationId { get; init; }

    public string Sender { get; init; } = "";

    /// <summary>When true, plans are reported and nothing is applied.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// The repository's election as read from its default branch, for handlers that require one
    /// (<see cref="Handlers.IWebhookHandler.RequiresElection"/>); null for the others.
    /// </summary>
    public ElectionSnapshot? Election { get; init; }

    /// <summary><c>event.action</c>, or the event alone when it has no action.</summary>
    public string Key => Action is null ? EventName : $"{EventName}.{Action}";

    /// <summary>Who GitHub calls made for this delivery act as, and the delivery they are tagged with.</summary>
    public GitHubCallContext GitHubCall => new() { InstallationId = InstallationId, DeliveryId = DeliveryId };

    /// <summary>Builds the context for a typed payload.</summary>
    public static DeliveryContext For(string deliveryId, string eventName, WebhookEvent payload, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new DeliveryContext
        {
            DeliveryId = deliveryId,
            EventName = eventName,
            Action = payload.Action,
            Repository = payload.Repository?.FullName ?? "",
            InstallationId = payload is InstallationEvent installation ? installation.Installation?.Id : payload.Installation?.Id,
            Sender = payload.Sender?.Login ?? "",
            DryRun = dryRun,
        };
    }
}
