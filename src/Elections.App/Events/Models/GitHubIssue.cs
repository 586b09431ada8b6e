using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>An issue (or the issue side of a pull request, in <c>issue_comment</c>).</summary>
public sealed record GitHubIssue
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("number")]
    public int Number { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("user")]
    public required GitHubUser User { get; init; }

    [JsonPropertyName("labels")]
    public IReadOnlyList<GitHubLabel> Labels { get; init => field = value ?? []; } = [];

    /// <summary>Present when the issue is a pull request.</summary>
    [JsonPropertyName("pull_request")]
    public GitHubIssuePullRequestLink? PullRequest { get; init; }

    [JsonPropertyName("performed_via_github_app")]
    public GitHubApp? PerformedViaGitHubApp { get; init; }

    [JsonIgnore]
    public bool IsPullRequest => PullRequest is not null;
}

/// <summary>The marker an issue carries when it is a pull request.</summary>
public sealed record GitHubIssuePullRequestLink
{
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}
