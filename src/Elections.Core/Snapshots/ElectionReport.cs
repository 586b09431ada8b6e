namespace Elections.Core.Snapshots;

/// <summary>
/// The text <c>elections validate</c> prints for a snapshot, and the bot quotes when the default
/// branch holds a broken election: one line per problem (<c>file:line: field: message</c>), then a
/// summary line (DESIGN principle 6).
/// </summary>
public static class ElectionReport
{
    /// <summary>Every problem, one per line, then the summary.</summary>
    public static IReadOnlyList<string> Lines(ElectionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Problems.Select(problem => problem.ToString()), Summary(snapshot)];
    }

    /// <summary>
    /// <c>config/election.yml, voters.json (N voters), candidates/ (M nominees): valid</c>, or the
    /// problem count instead of <c>valid</c>.
    /// </summary>
    public static string Summary(ElectionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var count = snapshot.Problems.Count;
        var verdict = snapshot.IsValid ? "valid" : $"{count} problem{(count == 1 ? "" : "s")}";
        return $"{ElectionLayout.ConfigPath}, {ElectionLayout.RollPath} ({snapshot.Roll.Voters.Count} voters), "
            + $"{ElectionLayout.CandidatesFolder}/ ({snapshot.Candidates.Count} nominees): {verdict}";
    }
}
