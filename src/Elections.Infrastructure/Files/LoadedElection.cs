using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>An election repository as loaded: the config when it is valid, the files, and every problem.</summary>
/// <param name="Config">The configuration, or null when it has problems of its own.</param>
/// <param name="Files">The voter roll and candidate files as read (possibly partial).</param>
/// <param name="Problems">Every problem found, configuration first, then roll and candidates.</param>
public sealed record LoadedElection(ElectionConfig? Config, ElectionFilesResult Files, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when no file has a problem.</summary>
    public bool IsValid => Problems.Count == 0;
}
