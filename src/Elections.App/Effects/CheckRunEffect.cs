using Elections.App.Plans;
using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>Create a check run on a commit, or update the existing one (<see cref="ExistingRunId"/>).</summary>
public sealed record CheckRunEffect : Effect
{
    /// <summary><c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>The run to update; null to create one.</summary>
    public long? ExistingRunId { get; init; }

    /// <summary>What the run says.</summary>
    public required CheckRunRequest Run { get; init; }

    /// <inheritdoc />
    public override string Describe() =>
        $"{(ExistingRunId is null ? "create" : "update")} check run {Run.Name} on {Repository}@{Run.HeadSha[..Math.Min(7, Run.HeadSha.Length)]}: {Run.Conclusion?.ToString().ToLowerInvariant()}, {Run.Title}";
}
