namespace Elections.Core.Snapshots;

/// <summary>
/// The raw inputs of one election, as collected from a folder or from the default branch on GitHub:
/// <c>config/election.yml</c>, <c>voters.json</c> and the entries of <c>candidates/</c>
/// (DESIGN principle 4: read from the base sha, never from a pull request's head).
/// </summary>
public sealed record ElectionSources
{
    /// <summary><c>config/election.yml</c>.</summary>
    public required SourceEntry Config { get; init; }

    /// <summary><c>voters.json</c>.</summary>
    public required SourceEntry Roll { get; init; }

    /// <summary>Every entry of <c>candidates/</c> that <see cref="ElectionLayout.Classify"/> does not ignore; empty when the folder is absent.</summary>
    public IReadOnlyList<SourceEntry> Candidates { get; init; } = [];
}
