using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A comment on an issue or pull request.</summary>
public sealed record GitHubComment
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("body")]
    public required string Body { get; init; }

    [JsonPropertyName("user")]
    public required GitHubUser User { get; init; }

    [JsonPropertyName("html_url")]
    public string? HtmlUrl { get; init; }

    [JsonPropertyName("performed_via_github_app")]
    public GitHubApp? PerformedViaGitHubApp { get; init; }
}
