using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>pull_request</c>: opened, synchronize, closed, labeled …</summary>
public sealed record PullRequestEvent : WebhookEvent
{
    [JsonPropertyName("number")]
    public int Number { get; init; }

    [JsonPropertyName("pull_request")]
    public required GitHubPullRequest PullRequest { get; init; }

    /// <summary>The label added or removed, for <c>labeled</c> / <c>unlabeled</c>.</summary>
    [JsonPropertyName("label")]
    public GitHubLabel? Label { get; init; }
}
