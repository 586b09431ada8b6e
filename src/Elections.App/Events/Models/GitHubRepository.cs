using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>The repository a delivery concerns.</summary>
public sealed record GitHubRepository
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary><c>owner/name</c>.</summary>
    [JsonPropertyName("full_name")]
    public required string FullName { get; init; }

    [JsonPropertyName("owner")]
    public GitHubUser? Owner { get; init; }

    [JsonPropertyName("default_branch")]
    public string? DefaultBranch { get; init; }

    [JsonPropertyName("private")]
    public bool Private { get; init; }
}
