namespace Elections.App.Plans;

/// <summary>One effect and what became of it.</summary>
public sealed record EffectReport(string IdempotencyKey, string Description, EffectStatus Status, string Outcome);
