using Elections.App.Candidacy;
using Elections.Core.Candidacy;
using Elections.Core.Validation;

namespace Elections.App.Voting;

/// <summary>
/// The lock-in record as the voting hand-off trusts it (docs/voting.md "Ballots back"): <c>voting/lock-in.json</c> read,
/// and every candidate file it names matching it byte for byte. <c>elections voting import</c> and <c>elections results</c>
/// read both from the election folder; the <c>results</c> check reads them from the default branch.
/// </summary>
public static class LockInRecord
{
    /// <summary>
    /// The locked candidates in the record's order; bad input naming <c>voting/lock-in.json</c> when <paramref name="text"/>
    /// is null (no record), is not a record, or does not match <paramref name="candidateFiles"/> (path → bytes of every
    /// nomination file under <c>candidates/</c>).
    /// </summary>
    public static IReadOnlyList<LockInCandidate> Verify(string? text, IReadOnlyDictionary<string, byte[]> candidateFiles)
    {
        ArgumentNullException.ThrowIfNull(candidateFiles);
        if (text is null)
        {
            throw Refuse("there is no lock-in record: run `elections candidates finalise` when the candidacy phase is over");
        }

        if (!LockInFile.TryParse(text, out var candidates, out var sha256, out var problem))
        {
            throw Refuse($"{problem}; rerun `elections candidates finalise`");
        }

        var mismatches = LockIn.Verify(candidates, sha256, candidateFiles);
        if (mismatches.Count > 0)
        {
            throw new InvalidInputException([.. mismatches.Select(m => new Problem(LockInFile.Path, 0, "lock-in", $"{m}: the candidate files no longer match the lock-in record"))]);
        }

        return candidates;
    }

    private static InvalidInputException Refuse(string message) => new(new Problem(LockInFile.Path, 0, "lock-in", message));
}
