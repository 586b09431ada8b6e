using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A repository as listed in <c>installation</c> events: id and names only.</summary>
public sealed record GitHubRepositoryRef
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("full_name")]
    public required string FullName { get; init; }
}
