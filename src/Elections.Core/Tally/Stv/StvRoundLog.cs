namespace Elections.Core.Tally.Stv;

/// <summary>Collects the rounds of a count and the per-round vote history tie-breaks look back on.</summary>
internal sealed class StvRoundLog(IReadOnlyList<string> names, int decimals)
{
    private readonly List<TallyRound> _rounds = [];
    private readonly List<long[]> _history = [];

    public IReadOnlyList<TallyRound> Rounds => _rounds;

    /// <summary>Votes of every candidate at the end of each round, in units.</summary>
    public IReadOnlyList<long[]> History => _history;

    public int Next => _rounds.Count + 1;

    public void Add(
        long[] votes,
        bool[] shown,
        long? threshold,
        long? exhausted,
        IReadOnlyList<int> elected,
        IReadOnlyList<int> eliminated,
        string note)
    {
        var map = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
        for (var c = 0; c < names.Count; c++)
        {
            if (shown[c])
            {
                map[names[c]] = FixedPoint.Format(votes[c], decimals);
            }
        }

        _history.Add((long[])votes.Clone());
        _rounds.Add(new TallyRound
        {
            Number = _rounds.Count + 1,
            Votes = map,
            Threshold = threshold is { } t ? FixedPoint.Format(t, decimals) : null,
            Exhausted = exhausted is { } e ? FixedPoint.Format(e, decimals) : null,
            Elected = elected.Select(c => names[c]).ToList(),
            Eliminated = eliminated.Select(c => names[c]).ToList(),
            Note = note,
        });
    }

    public string Names(IEnumerable<int> candidates) => string.Join(", ", candidates.Select(c => names[c]));
}
