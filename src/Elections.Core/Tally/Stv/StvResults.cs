namespace Elections.Core.Tally.Stv;

/// <summary>Builds the <see cref="TallyResult"/> of a transferable-vote count.</summary>
internal static class StvResults
{
    /// <summary>
    /// Winners in election order; the ranking continues with the others, those who lasted longer
    /// (then had more votes when they went) first; withdrawn candidates are left out.
    /// </summary>
    public static TallyResult Build(
        string method,
        StvSetup setup,
        IReadOnlyList<int> winners,
        IReadOnlyList<CandidateState> state,
        StvRoundLog log,
        StvTieBreaker ties)
    {
        var names = setup.Names;
        var history = log.History;
        (int Round, long Votes) Last(int candidate)
        {
            for (var r = history.Count - 1; r >= 0; r--)
            {
                if (history[r][candidate] > 0)
                {
                    return (r, history[r][candidate]);
                }
            }

            return (-1, 0);
        }

        var rest = Enumerable.Range(0, names.Count)
            .Where(c => !winners.Contains(c) && state[c] != CandidateState.Withdrawn)
            .OrderByDescending(Last).ThenBy(c => c);
        return new TallyResult
        {
            Method = method,
            Seats = setup.Seats,
            Ballots = setup.Read,
            Valid = setup.Ballots.Valid,
            Winners = winners.Select(c => names[c]).ToList(),
            Ranking = winners.Concat(rest).Select(c => names[c]).ToList(),
            Rounds = log.Rounds,
            Ties = ties.Ties,
        };
    }
}
