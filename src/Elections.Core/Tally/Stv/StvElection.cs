namespace Elections.Core.Tally.Stv;

/// <summary>Steps every count by parcels shares: who is hopeful, and electing in order of votes.</summary>
internal static class StvElection
{
    public static List<int> Hopeful(CandidateState[] state) =>
        Enumerable.Range(0, state.Length).Where(c => state[c] == CandidateState.Hopeful).ToList();

    /// <summary>
    /// Elects <paramref name="candidates"/> most votes first (file order on equal votes) while seats
    /// remain; returns those elected.
    /// </summary>
    public static List<int> Elect(IEnumerable<int> candidates, long[] votes, CandidateState[] state, List<int> winners, int seats)
    {
        var elected = new List<int>();
        foreach (var c in candidates.OrderByDescending(c => votes[c]).ThenBy(c => c))
        {
            if (winners.Count >= seats)
            {
                break;
            }

            state[c] = CandidateState.Elected;
            winners.Add(c);
            elected.Add(c);
        }

        return elected;
    }
}
