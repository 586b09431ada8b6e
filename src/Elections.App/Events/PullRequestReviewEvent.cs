using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>pull_request_review</c>: submitted, edited, dismissed.</summary>
public sealed record PullRequestReviewEvent : WebhookEvent
{
    [JsonPropertyName("review")]
    public required GitHubReview Review { get; init; }

    [JsonPropertyName("pull_request")]
    public required GitHubPullRequest PullRequest { get; init; }
}
