using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A GitHub App, as in <c>performed_via_github_app</c> on issues and comments.</summary>
public sealed record GitHubApp
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
