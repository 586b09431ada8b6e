using System.Text.Json.Serialization;
using Octokit.Webhooks;

namespace Elections.App.Events;

/// <summary>
/// <c>schedule</c>: a cron-triggered Actions run. GitHub sends no such webhook, so Octokit.Webhooks has
/// no type for it; this one adds the two fields Actions writes to <c>GITHUB_EVENT_PATH</c>.
/// </summary>
public sealed record ScheduleEvent : WebhookEvent
{
    /// <summary>The cron expression that fired, e.g. <c>0 12 * * *</c>.</summary>
    [JsonPropertyName("schedule")]
    public string? Schedule { get; init; }

    [JsonPropertyName("workflow")]
    public string? Workflow { get; init; }
}

/// <summary>Source-generated deserialization for <see cref="ScheduleEvent"/>.</summary>
[JsonSerializable(typeof(ScheduleEvent))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext;
