using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Candidates;

/// <summary>
/// Parses and validates a repository's <c>voters.json</c> and <c>candidates/*.md</c> together,
/// reporting every problem in one run (docs/voters.md, docs/candidates.md; DESIGN principle 6).
/// </summary>
public static class ElectionFilesValidator
{
    /// <summary>
    /// Checks the roll and the candidate files. <paramref name="excludedIds"/> and
    /// <paramref name="officials"/> come from the election config; <paramref name="excludedSource"/>
    /// names where the excluded ids are configured. <paramref name="readProblems"/> are problems met
    /// while reading the files (e.g. an oversized candidate file) and are reported first.
    /// </summary>
    public static ElectionFilesResult Validate(
        SourceText roll,
        IReadOnlyList<SourceText> candidates,
        IReadOnlyCollection<long> excludedIds,
        string excludedSource,
        ElectionOfficials officials,
        IReadOnlyList<Problem>? readProblems = null)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(candidates);
        var problems = new List<Problem>(readProblems ?? []);
        var parsedRoll = VoterRollParser.Parse(roll.File, roll.Text);
        problems.AddRange(parsedRoll.Problems);
        problems.AddRange(VoterRollValidator.Validate(parsedRoll.Roll, excludedIds, excludedSource));
        return WithCandidates(parsedRoll.Roll, candidates, officials, problems);
    }

    /// <summary>
    /// Checks candidate files against a roll that is already known (or could not be read at all,
    /// in which case pass a roll with no voters and the read problem in <paramref name="problems"/>).
    /// </summary>
    public static ElectionFilesResult WithCandidates(VoterRoll roll, IReadOnlyList<SourceText> candidates, ElectionOfficials officials, IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(problems);
        var candidateProblems = new List<Problem>();
        var files = new List<CandidateFile>();
        foreach (var source in candidates.OrderBy(c => c.File, StringComparer.Ordinal))
        {
            var parsed = CandidateFileParser.Parse(source.File, source.Text);
            files.Add(parsed.Candidate);
            candidateProblems.AddRange(parsed.Problems);
        }

        // A roll that could not be read at all would make every nominee "not a voter": say it once, via the roll's own problem.
        var rollUnreadable = roll.Voters.Count == 0 && problems.Any(p => p.File == roll.File);
        if (!rollUnreadable)
        {
            candidateProblems.AddRange(CandidateValidator.Validate(files, roll, officials));
        }

        var ordered = candidateProblems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line);
        return new ElectionFilesResult(roll, files, [.. problems, .. ordered]);
    }
}
