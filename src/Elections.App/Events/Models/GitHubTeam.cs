using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A team, as in <c>membership</c> events.</summary>
public sealed record GitHubTeam
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>True when GitHub reports the team as already deleted.</summary>
    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }
}
