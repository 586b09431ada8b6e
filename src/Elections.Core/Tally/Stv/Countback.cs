using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Fills a casual vacancy by countback: the original ballots are counted again by the original
/// method with the vacating member (and any candidate who declined to stand again) withdrawn, as
/// the PR Society's "recount with the vacating member withdrawn" and OpaVote's countback do. The
/// new member is the recount's first winner who is not a sitting member; sitting members are
/// never unseated by it. The result's rounds are the recount's, for audit.
/// </summary>
public static class Countback
{
    /// <summary>
    /// Recounts <paramref name="ballots"/> with <paramref name="vacating"/> and
    /// <paramref name="declined"/> withdrawn. Returns false (and no winner) when every candidate left
    /// is a sitting member or withdrawn.
    /// </summary>
    public static bool TryFill(
        ITallyMethod method,
        BallotBox ballots,
        TallyOptions options,
        IReadOnlyList<string> sitting,
        string vacating,
        IReadOnlyList<string> declined,
        out CountbackResult result)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(declined);
        var stay = sitting.Where(s => !string.Equals(s, vacating, StringComparison.Ordinal)).ToList();
        var withdrawn = options.Withdrawn.Append(vacating).Concat(declined).Distinct(StringComparer.Ordinal).ToList();
        var recount = method.Count(ballots, options with { Withdrawn = withdrawn });
        var filler = recount.Winners.Concat(recount.Ranking)
            .FirstOrDefault(name => !stay.Contains(name, StringComparer.Ordinal) && !withdrawn.Contains(name, StringComparer.Ordinal));
        result = new CountbackResult { Vacating = vacating, Elected = filler ?? "", Recount = recount };
        return filler is not null;
    }
}

/// <summary>The outcome of a countback.</summary>
public sealed record CountbackResult
{
    /// <summary>The member whose seat was vacated.</summary>
    public required string Vacating { get; init; }

    /// <summary>The candidate who fills the seat (empty when none could).</summary>
    public required string Elected { get; init; }

    /// <summary>The recount, round by round.</summary>
    public required TallyResult Recount { get; init; }
}
