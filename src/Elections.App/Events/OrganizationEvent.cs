using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>organization</c>: member added, removed or invited; organization renamed or deleted.</summary>
public sealed record OrganizationEvent : WebhookEvent
{
    /// <summary>The membership concerned; absent for renames and invitations.</summary>
    [JsonPropertyName("membership")]
    public GitHubOrgMembership? Membership { get; init; }
}
