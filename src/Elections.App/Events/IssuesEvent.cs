using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>issues</c>: opened, edited, closed, labeled …</summary>
public sealed record IssuesEvent : WebhookEvent
{
    [JsonPropertyName("issue")]
    public required GitHubIssue Issue { get; init; }

    /// <summary>The label added or removed, for <c>labeled</c> / <c>unlabeled</c>.</summary>
    [JsonPropertyName("label")]
    public GitHubLabel? Label { get; init; }

    /// <inheritdoc />
    public override GitHubApp? PerformedVia => Issue.PerformedViaGitHubApp;
}
