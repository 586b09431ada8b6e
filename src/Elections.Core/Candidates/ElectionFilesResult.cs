using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Candidates;

/// <summary>The voter roll and candidate files of an election repository, with every problem found in them.</summary>
/// <param name="Roll">The roll as read (voters with unreadable entries left out).</param>
/// <param name="Candidates">Every candidate file, sorted by file name.</param>
/// <param name="Problems">Every problem, roll first, then candidates in file order; empty when everything validates.</param>
public sealed record ElectionFilesResult(VoterRoll Roll, IReadOnlyList<CandidateFile> Candidates, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}
