namespace Elections.App.Plans;

/// <summary>
/// What a handler decided: the effects to apply, or why it did nothing. A skip is an answer, not an
/// error: the router logs the reason.
/// </summary>
public sealed record Plan
{
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    /// <summary>Why the handler did nothing; empty when it planned effects.</summary>
    public string SkipReason { get; init; } = "";

    public bool IsSkip => SkipReason.Length > 0;

    /// <summary>Lines for the report beside the effects (e.g. what a cap left for the next run); empty when none.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static Plan Skip(string reason) => new() { SkipReason = reason };

    public static Plan Of(params IReadOnlyList<Effect> effects) => new() { Effects = effects };
}
