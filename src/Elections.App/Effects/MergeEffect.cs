using Elections.App.Plans;

namespace Elections.App.Effects;

/// <summary>Merge a pull request, only if its head is still the commit the decision was made on.</summary>
public sealed record MergeEffect : Effect
{
    /// <summary><c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>The pull request number.</summary>
    public required int Number { get; init; }

    /// <summary>The head sha that was judged; GitHub refuses the merge if the head moved.</summary>
    public required string ExpectedHeadSha { get; init; }

    /// <summary>The merge commit title.</summary>
    public required string CommitTitle { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"merge {Repository}#{Number} at {ExpectedHeadSha[..Math.Min(7, ExpectedHeadSha.Length)]}: {CommitTitle}";
}
