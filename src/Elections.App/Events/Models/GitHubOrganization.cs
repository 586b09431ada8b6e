using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>The organization a delivery concerns.</summary>
public sealed record GitHubOrganization
{
    [JsonPropertyName("login")]
    public required string Login { get; init; }

    [JsonPropertyName("id")]
    public long Id { get; init; }
}
