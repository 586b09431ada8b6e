using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A pull-request review.</summary>
public sealed record GitHubReview
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("user")]
    public required GitHubUser User { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    /// <summary><c>approved</c>, <c>changes_requested</c>, <c>commented</c> or <c>dismissed</c>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("commit_id")]
    public string? CommitId { get; init; }
}
