using System.Text.Json.Serialization;

namespace Elections.App.Events.Models;

/// <summary>A pull request, with the fields the election handlers read.</summary>
public sealed record GitHubPullRequest
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
    public required string State { get; init; }

    [JsonPropertyName("draft")]
    public bool Draft { get; init; }

    [JsonPropertyName("merged")]
    public bool? Merged { get; init; }

    [JsonPropertyName("user")]
    public required GitHubUser User { get; init; }

    [JsonPropertyName("head")]
    public required GitHubBranchRef Head { get; init; }

    [JsonPropertyName("base")]
    public required GitHubBranchRef Base { get; init; }

    [JsonPropertyName("labels")]
    public IReadOnlyList<GitHubLabel> Labels { get; init => field = value ?? []; } = [];

    [JsonPropertyName("html_url")]
    public string? HtmlUrl { get; init; }
}

/// <summary>One side of a pull request: branch name, commit and repository.</summary>
public sealed record GitHubBranchRef
{
    [JsonPropertyName("ref")]
    public required string Ref { get; init; }

    [JsonPropertyName("sha")]
    public required string Sha { get; init; }

    /// <summary>Null when the fork was deleted.</summary>
    [JsonPropertyName("repo")]
    public GitHubRepository? Repo { get; init; }
}
