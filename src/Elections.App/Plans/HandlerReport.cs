namespace Elections.App.Plans;

/// <summary>One feature's part in a delivery: its skip reason, or its effects.</summary>
public sealed record HandlerReport
{
    /// <summary>The handler's feature name.</summary>
    public required string Feature { get; init; }

    public string SkipReason { get; init; } = "";

    public IReadOnlyList<EffectReport> Effects { get; init; } = [];

    /// <summary>The plan's notes (<see cref="Plan.Notes"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
