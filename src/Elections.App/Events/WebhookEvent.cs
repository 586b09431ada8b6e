using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary>
/// A delivery's payload, typed. Every event has these optional envelope fields; the derived records
/// add what their event carries. Only the fields the bot reads are modelled; the rest are ignored.
/// </summary>
public abstract record WebhookEvent
{
    /// <summary>The action (<c>opened</c>, <c>created</c> …); null for events without one (push, schedule).</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    [JsonPropertyName("sender")]
    public GitHubUser? Sender { get; init; }

    [JsonPropertyName("repository")]
    public GitHubRepository? Repository { get; init; }

    [JsonPropertyName("organization")]
    public GitHubOrganization? Organization { get; init; }

    [JsonPropertyName("installation")]
    public GitHubInstallation? Installation { get; init; }

    /// <summary>The App that performed the change, when the payload says so (issues, comments).</summary>
    [JsonIgnore]
    public virtual GitHubApp? PerformedVia => null;
}
