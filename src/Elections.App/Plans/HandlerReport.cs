namespace Elections.App.Plans;

/// <summary>One handler's part in a delivery: its skip reason, or its effects.</summary>
public sealed record HandlerReport
{
    public required string Handler { get; init; }

    public string SkipReason { get; init; } = "";

    public IReadOnlyList<EffectReport> Effects { get; init; } = [];
}
