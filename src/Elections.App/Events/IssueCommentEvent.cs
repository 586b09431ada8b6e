using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>issue_comment</c>: created, edited, deleted, on an issue or a pull request.</summary>
public sealed record IssueCommentEvent : WebhookEvent
{
    [JsonPropertyName("issue")]
    public required GitHubIssue Issue { get; init; }

    [JsonPropertyName("comment")]
    public required GitHubComment Comment { get; init; }

    /// <inheritdoc />
    public override GitHubApp? PerformedVia => Comment.PerformedViaGitHubApp;
}
