using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>membership</c>: a user was added to or removed from a team.</summary>
public sealed record MembershipEvent : WebhookEvent
{
    /// <summary>Always <c>team</c> today.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("member")]
    public required GitHubUser Member { get; init; }

    [JsonPropertyName("team")]
    public required GitHubTeam Team { get; init; }
}
