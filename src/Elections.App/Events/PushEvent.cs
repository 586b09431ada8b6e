using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>push</c>: commits pushed to a branch or tag.</summary>
public sealed record PushEvent : WebhookEvent
{
    /// <summary>The full ref, e.g. <c>refs/heads/main</c>.</summary>
    [JsonPropertyName("ref")]
    public required string Ref { get; init; }

    [JsonPropertyName("before")]
    public required string Before { get; init; }

    [JsonPropertyName("after")]
    public required string After { get; init; }

    [JsonPropertyName("created")]
    public bool Created { get; init; }

    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    [JsonPropertyName("forced")]
    public bool Forced { get; init; }

    [JsonPropertyName("commits")]
    public IReadOnlyList<GitHubCommit> Commits { get; init => field = value ?? []; } = [];

    [JsonPropertyName("head_commit")]
    public GitHubCommit? HeadCommit { get; init; }

    /// <summary>The branch name when <see cref="Ref"/> is a branch; empty otherwise.</summary>
    [JsonIgnore]
    public string Branch => Ref.StartsWith("refs/heads/", StringComparison.Ordinal) ? Ref["refs/heads/".Length..] : "";
}
