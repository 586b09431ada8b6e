namespace Elections.App.Handlers;

/// <summary>
/// One (event, action) a handler wants: <c>pull_request.opened</c>, or <c>pull_request</c> for every
/// action of the event (and for events without actions, such as push).
/// </summary>
public sealed record Route
{
    public required string EventName { get; init; }

    /// <summary>The action; null matches every action.</summary>
    public string? Action { get; init; }

    /// <summary>Parses <c>event</c> or <c>event.action</c>.</summary>
    public static Route Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? new Route { EventName = text }
            : dot > 0 && dot < text.Length - 1
                ? new Route { EventName = text[..dot], Action = text[(dot + 1)..] }
                : throw new ArgumentException($"'{text}' is not a route: write event or event.action, e.g. pull_request.opened", nameof(text));
    }

    public bool Matches(string eventName, string? action) =>
        string.Equals(EventName, eventName, StringComparison.Ordinal)
        && (Action is null || string.Equals(Action, action, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Action is null ? EventName : $"{EventName}.{Action}";
}
