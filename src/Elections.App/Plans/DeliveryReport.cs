namespace Elections.App.Plans;

/// <summary>What the router did (or, with dry run, would do) for one delivery.</summary>
public sealed record DeliveryReport
{
    public required DeliveryContext Context { get; init; }

    /// <summary>Why the whole delivery was ignored (no route matches, the bot's own event); empty otherwise.</summary>
    public string IgnoredReason { get; init; } = "";

    public IReadOnlyList<HandlerReport> Handlers { get; init; } = [];

    public IEnumerable<EffectReport> Effects => Handlers.SelectMany(handler => handler.Effects);
}
