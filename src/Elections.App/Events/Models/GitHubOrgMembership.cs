using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>An organization membership, as in <c>organization</c> events.</summary>
public sealed record GitHubOrgMembership
{
    /// <summary><c>active</c> or <c>pending</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary><c>admin</c> or <c>member</c>.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    [JsonPropertyName("user")]
    public GitHubUser? User { get; init; }
}
