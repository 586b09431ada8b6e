using Elections.App.Plans;

namespace Elections.App.Effects;

/// <summary>
/// Brings the pinned status issue to <see cref="Markdown"/>: with <see cref="ExistingNumber"/> null it finds the issue
/// by its marker or creates it, then pins it (the once-per-election effect); otherwise it edits that issue's body.
/// </summary>
public sealed record StatusIssueEffect : Effect
{
    /// <summary><c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>The marker key (<see cref="Candidacy.StatusIssue.Key"/>).</summary>
    public required string MarkerKey { get; init; }

    /// <summary>The title (used when creating).</summary>
    public required string Title { get; init; }

    /// <summary>The body without the marker line.</summary>
    public required string Markdown { get; init; }

    /// <summary>The issue to edit; null to find or create it and pin it.</summary>
    public int? ExistingNumber { get; init; }

    /// <inheritdoc />
    public override string Describe() => ExistingNumber is { } number
        ? $"update the candidates' status issue #{number} on {Repository}"
        : $"create and pin the candidates' status issue on {Repository}";
}
