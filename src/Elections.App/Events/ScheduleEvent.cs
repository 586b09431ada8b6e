using System.Text.Json.Serialization;

namespace Elections.App.Events;

/// <summary><c>schedule</c>: a cron-triggered Actions run (Actions only; GitHub sends no such webhook).</summary>
public sealed record ScheduleEvent : WebhookEvent
{
    /// <summary>The cron expression that fired, e.g. <c>0 12 * * *</c>.</summary>
    [JsonPropertyName("schedule")]
    public string? Schedule { get; init; }

    [JsonPropertyName("workflow")]
    public string? Workflow { get; init; }
}
