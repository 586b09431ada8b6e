using Elections.App.Plans;

namespace Elections.App.Effects;

/// <summary>Add and remove labels on an issue or pull request (labels to add are created in the repository if missing).</summary>
public sealed record LabelsEffect : Effect
{
    /// <summary><c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    public required int IssueNumber { get; init; }

    /// <summary>Labels to add.</summary>
    public IReadOnlyList<string> Add { get; init; } = [];

    /// <summary>Labels to remove.</summary>
    public IReadOnlyList<string> Remove { get; init; } = [];

    /// <inheritdoc />
    public override string Describe() =>
        $"labels on {Repository}#{IssueNumber}: {string.Join(", ", Add.Select(l => $"+{l}").Concat(Remove.Select(l => $"-{l}")))}";
}
