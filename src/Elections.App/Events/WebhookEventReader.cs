using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Octokit.Webhooks;

namespace Elections.App.Events;

/// <summary>
/// Turns an event name and its UTF-8 JSON payload into Octokit.Webhooks' typed event, once per
/// delivery. Pure: no I/O. The queue worker and <c>elections receive</c> both use it.
/// </summary>
public static class WebhookEventReader
{
    /// <summary>
    /// Reads <paramref name="utf8Json"/> as the payload of <paramref name="eventName"/>. On failure
    /// <paramref name="error"/> says what is wrong (unknown event, not JSON, a required field missing)
    /// without quoting the payload.
    /// </summary>
    public static bool TryRead(
        string eventName,
        ReadOnlyMemory<byte> utf8Json,
        [NotNullWhen(true)] out WebhookEvent? webhookEvent,
        out string error)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        try
        {
            webhookEvent = eventName == EventNames.Schedule
                ? JsonSerializer.Deserialize(utf8Json.Span, ScheduleJsonContext.Default.ScheduleEvent)
                : Capture.Read(eventName, utf8Json);
        }
        catch (JsonException exception)
        {
            webhookEvent = null;
            error = exception.Message.StartsWith("Unable to deserialize event", StringComparison.Ordinal)
                ? $"event '{eventName}' has no typed payload in Octokit.Webhooks"
                : $"payload is not a valid {eventName} event: {Describe(exception)}";
            return false;
        }

        if (webhookEvent is null)
        {
            error = $"payload is not a valid {eventName} event: the JSON is null";
            return false;
        }

        error = "";
        return true;
    }

    private static string Describe(JsonException exception)
    {
        var where = exception.Path is { Length: > 0 } path ? $" at {path}" : "";
        var line = exception.LineNumber is { } number ? $" (line {number + 1})" : "";
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message) + where + line;
    }

    /// <summary>Octokit.Webhooks deserializes through its processor; this one keeps the event instead of dispatching it.</summary>
    private sealed class Capture : WebhookEventProcessor
    {
        private WebhookEvent? _event;

        public static WebhookEvent? Read(string eventName, ReadOnlyMemory<byte> utf8Json)
        {
            var capture = new Capture();
            var headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["X-GitHub-Event"] = eventName };
            var pending = capture.ProcessWebhookAsync(headers, utf8Json, CancellationToken.None);
            if (!pending.IsCompletedSuccessfully)
            {
                throw new InvalidOperationException("Octokit.Webhooks deserialization did not complete synchronously");
            }

            return capture._event;
        }

        public override ValueTask ProcessWebhookAsync(WebhookHeaders headers, WebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            _event = webhookEvent;
            return ValueTask.CompletedTask;
        }
    }
}
