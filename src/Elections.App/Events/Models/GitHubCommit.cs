using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A commit in a push: the id, message and the paths it touched.</summary>
public sealed record GitHubCommit
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("message")]
    public string Message { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("added")]
    public IReadOnlyList<string> Added { get; init => field = value ?? []; } = [];

    [JsonPropertyName("removed")]
    public IReadOnlyList<string> Removed { get; init => field = value ?? []; } = [];

    [JsonPropertyName("modified")]
    public IReadOnlyList<string> Modified { get; init => field = value ?? []; } = [];
}
