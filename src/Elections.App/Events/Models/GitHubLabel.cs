using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A label on an issue or pull request.</summary>
public sealed record GitHubLabel
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}
