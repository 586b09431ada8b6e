using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Elections.App.Events;

/// <summary>
/// Turns an event name and its UTF-8 JSON payload into a typed <see cref="WebhookEvent"/>.
/// Pure: no I/O. Both drivers (webhook host, <c>elections receive</c>) use it.
/// </summary>
public static class WebhookEventParser
{
    private static readonly Dictionary<string, JsonTypeInfo> TypeInfos = new(StringComparer.Ordinal)
    {
        [EventNames.PullRequest] = EventJsonContext.Default.PullRequestEvent,
        [EventNames.PullRequestReview] = EventJsonContext.Default.PullRequestReviewEvent,
        [EventNames.IssueComment] = EventJsonContext.Default.IssueCommentEvent,
        [EventNames.Issues] = EventJsonContext.Default.IssuesEvent,
        [EventNames.Push] = EventJsonContext.Default.PushEvent,
        [EventNames.WorkflowDispatch] = EventJsonContext.Default.WorkflowDispatchEvent,
        [EventNames.Schedule] = EventJsonContext.Default.ScheduleEvent,
        [EventNames.Installation] = EventJsonContext.Default.InstallationEvent,
        [EventNames.Membership] = EventJsonContext.Default.MembershipEvent,
        [EventNames.Organization] = EventJsonContext.Default.OrganizationEvent,
    };

    /// <summary>True when <paramref name="eventName"/> has a typed payload.</summary>
    public static bool IsKnown(string eventName) => TypeInfos.ContainsKey(eventName);

    /// <summary>
    /// Parses <paramref name="utf8Json"/> as the payload of <paramref name="eventName"/>. On failure
    /// <paramref name="error"/> says what is wrong (unknown event, not JSON, a required field missing)
    /// without quoting the payload.
    /// </summary>
    public static bool TryParse(
        string eventName,
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out WebhookEvent? webhookEvent,
        out string error)
    {
        webhookEvent = null;
        if (!TypeInfos.TryGetValue(eventName, out var typeInfo))
        {
            error = $"event '{eventName}' is not handled; known events: {string.Join(", ", EventNames.All)}";
            return false;
        }

        try
        {
            webhookEvent = JsonSerializer.Deserialize(utf8Json, typeInfo) as WebhookEvent;
        }
        catch (JsonException exception)
        {
            error = $"payload is not a valid {eventName} event: {Describe(exception)}";
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
}
