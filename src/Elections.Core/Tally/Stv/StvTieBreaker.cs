namespace Elections.Core.Tally.Stv;

/// <summary>
/// Breaks a tie among candidates with equal votes by looking at earlier rounds (backward or
/// forward) and, when every round has them equal, by the order of the candidates in the ballot
/// file: to exclude, the one listed last goes; to pick first (surplus order), the one listed
/// first. The file order is the documented, reproducible stand-in for "by lot"; every decision is
/// logged as a <see cref="TieBreak"/>.
/// </summary>
internal sealed class StvTieBreaker(IReadOnlyList<string> names, TieBreakDirection direction)
{
    private readonly List<TieBreak> _ties = [];

    public IReadOnlyList<TieBreak> Ties => _ties;

    /// <summary>Picks one of <paramref name="tied"/>: the lowest (to exclude) or the highest (to go first).</summary>
    public int Pick(IReadOnlyList<int> tied, IReadOnlyList<long[]> history, bool lowest, int round, string purpose)
    {
        if (tied.Count == 1)
        {
            return tied[0];
        }

        var remaining = tied.ToList();
        var rule = "";
        var stages = Enumerable.Range(0, history.Count);
        if (direction == TieBreakDirection.Backward)
        {
            stages = stages.Reverse();
        }

        foreach (var stage in stages)
        {
            var counts = history[stage];
            var best = lowest ? remaining.Min(c => counts[c]) : remaining.Max(c => counts[c]);
            var next = remaining.Where(c => counts[c] == best).ToList();
            if (next.Count < remaining.Count)
            {
                remaining = next;
                rule = $"{(direction == TieBreakDirection.Backward ? "backward" : "forward")} tie-break: {(lowest ? "fewest" : "most")} votes in round {stage + 1}";
                if (remaining.Count == 1)
                {
                    break;
                }
            }
        }

        int chosen;
        if (remaining.Count == 1)
        {
            chosen = remaining[0];
        }
        else
        {
            chosen = lowest ? remaining.Max() : remaining.Min();
            rule = (rule.Length > 0 ? rule + ", then " : "equal in every round; ") +
                   (lowest ? "the candidate listed last in the ballot file" : "the candidate listed first in the ballot file");
        }

        _ties.Add(new TieBreak
        {
            Round = round,
            Tied = tied.Select(c => names[c]).ToList(),
            Chosen = [names[chosen]],
            Rule = $"{purpose}: {rule}",
        });
        return chosen;
    }
}
