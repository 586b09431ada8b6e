using Elections.Core.Candidacy;

namespace Elections.App.Candidacy;

/// <summary>What <c>elections candidates finalise</c> did (or, in a dry run, would do).</summary>
public sealed record FinaliseReport
{
    /// <summary>One line per action, in order: merged, closed, published.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The locked-in candidates (empty in a dry run that merged nothing yet: the files are not on the default branch).</summary>
    public required IReadOnlyList<LockInCandidate> Candidates { get; init; }

    /// <summary>The candidate list digest written to the lock-in record.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Pull requests that could not be merged (head moved, conflicts): run again after looking at them.</summary>
    public required IReadOnlyList<string> Failures { get; init; }
}
