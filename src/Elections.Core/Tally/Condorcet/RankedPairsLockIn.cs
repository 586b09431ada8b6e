using System.Globalization;

namespace Elections.Core.Tally.Condorcet;

/// <summary>One pair ranked pairs considered, in the order it considered them (tally.md §1.2).</summary>
/// <param name="Winner">The candidate preferred by more ballots (or the TBRC-first one of a zero-margin pair).</param>
/// <param name="Loser">The other candidate.</param>
/// <param name="Margin">d[Winner,Loser] − d[Loser,Winner].</param>
/// <param name="Locked">True when the pair was locked; false when it would have closed a cycle.</param>
public sealed record LockedPair(int Winner, int Loser, long Margin, bool Locked);

/// <summary>
/// The lock-in step of ranked pairs (Tideman 1987; tally.md §1.2): pairs by margin, largest first,
/// equal margins in Zavist–Tideman order against the TBRC (candidate names, ordinal); each pair is
/// locked unless it closes a cycle. The method counts with it and the HTML report shows its table.
/// </summary>
public sealed class RankedPairsLockIn
{
    private RankedPairsLockIn(IReadOnlyList<LockedPair> pairs, IReadOnlyList<TieBreak> ties, Func<int, int, bool> reaches)
    {
        Pairs = pairs;
        Ties = ties;
        Reaches = reaches;
    }

    /// <summary>Every pair considered, in lock-in order.</summary>
    public IReadOnlyList<LockedPair> Pairs { get; }

    /// <summary>Equal-margin groups in which the TBRC decided which pair was skipped.</summary>
    public IReadOnlyList<TieBreak> Ties { get; }

    /// <summary>True when the first candidate reaches the second through locked pairs.</summary>
    public Func<int, int, bool> Reaches { get; }

    /// <summary>Locks the pairs among <paramref name="continuing"/>.</summary>
    /// <param name="matrix">Pairwise counts.</param>
    /// <param name="continuing">Candidates taking part.</param>
    /// <param name="names">Candidate names (index = candidate), the TBRC.</param>
    public static RankedPairsLockIn Run(PairwiseMatrix matrix, IReadOnlyList<int> continuing, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(continuing);
        ArgumentNullException.ThrowIfNull(names);
        var tbrc = TieBreaking.OrderByName(continuing, names);
        var position = new int[names.Count];
        for (var i = 0; i < tbrc.Length; i++)
        {
            position[tbrc[i]] = i;
        }

        var pairs = new List<(int Winner, int Loser, long Margin)>();
        foreach (var x in continuing)
        {
            foreach (var y in continuing)
            {
                var margin = matrix[x, y] - matrix[y, x];
                if (x != y && (margin > 0 || (margin == 0 && position[x] < position[y])))
                {
                    pairs.Add((x, y, margin));
                }
            }
        }

        pairs.Sort((a, b) =>
        {
            var byMargin = b.Margin.CompareTo(a.Margin);
            if (byMargin != 0)
            {
                return byMargin;
            }

            var byWinner = position[a.Winner].CompareTo(position[b.Winner]);
            return byWinner != 0 ? byWinner : position[b.Loser].CompareTo(position[a.Loser]);
        });

        var reach = new Reachability(names.Count);
        var ties = new List<TieBreak>();
        var considered = new List<LockedPair>(pairs.Count);
        for (var start = 0; start < pairs.Count;)
        {
            var end = start;
            while (end < pairs.Count && pairs[end].Margin == pairs[start].Margin)
            {
                end++;
            }

            var skipped = new List<string>();
            for (var i = start; i < end; i++)
            {
                var (winner, loser, margin) = pairs[i];
                var locks = !reach.Reaches(loser, winner);
                considered.Add(new LockedPair(winner, loser, margin, locks));
                if (!locks)
                {
                    skipped.Add($"{names[winner]}>{names[loser]}");
                    continue;
                }

                reach.Lock(winner, loser);
            }

            if (end - start > 1 && skipped.Count > 0)
            {
                var margin = pairs[start].Margin.ToString(CultureInfo.InvariantCulture);
                ties.Add(new TieBreak
                {
                    Round = 0,
                    Tied = pairs.Skip(start).Take(end - start).Select(p => $"{names[p.Winner]}>{names[p.Loser]}").ToArray(),
                    Chosen = skipped,
                    Rule = $"pairs with equal margin {margin} taken in Zavist–Tideman order against the TBRC "
                        + "(candidate names, ordinal); the chosen pairs were skipped because they closed a cycle",
                });
            }

            start = end;
        }

        return new RankedPairsLockIn(considered, ties, reach.Reaches);
    }
}
