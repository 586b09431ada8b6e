using System.Text.Json.Serialization;
using Elections.App.Events.Models;

namespace Elections.App.Events;

/// <summary><c>installation</c>: the App was installed, removed, suspended or given new permissions.</summary>
public sealed record InstallationEvent : WebhookEvent
{
    /// <summary>The repositories the installation covers, when the payload lists them.</summary>
    [JsonPropertyName("repositories")]
    public IReadOnlyList<GitHubRepositoryRef> Repositories { get; init => field = value ?? []; } = [];
}
