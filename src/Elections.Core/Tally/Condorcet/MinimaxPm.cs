namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// Minimax-PM as CIVS codes it (<c>minimax.pm</c>, CIVS's default completion rule since
/// 2017-07-14; tally.md §0.1, §1.3; R. Darlington, arXiv:1807.01366). For each candidate X the
/// contests against every other remaining candidate Y are listed as (W = d[Y,X], L = d[X,Y]),
/// strongest against X first: larger margin W − L first, equal margins → smaller W first.
/// Candidates are compared lexicographically along these lists: the weaker list wins (a shorter
/// list wins a common prefix). All candidates with the best list share a rank; they are removed,
/// contests against them are dropped, and the rest is ranked again.
/// </summary>
public static class MinimaxPm
{
    /// <summary>Ranks <paramref name="candidates"/> into groups, best first.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Rank(PairwiseMatrix matrix, IReadOnlyList<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(candidates);
        var groups = new List<IReadOnlyList<int>>();
        var remaining = new List<int>(candidates);
        while (remaining.Count > 0)
        {
            var lists = remaining.ToDictionary(c => c, c => Contests(matrix, c, remaining));
            var best = new List<int>();
            foreach (var c in remaining)
            {
                if (best.Count == 0)
                {
                    best.Add(c);
                    continue;
                }

                var comparison = Compare(lists[c], lists[best[0]]);
                if (comparison < 0)
                {
                    best.Clear();
                    best.Add(c);
                }
                else if (comparison == 0)
                {
                    best.Add(c);
                }
            }

            groups.Add(best);
            remaining = remaining.Except(best).ToList();
        }

        return groups;
    }

    /// <summary>
    /// The margin W − L of <paramref name="candidate"/>'s strongest contest against it among
    /// <paramref name="remaining"/> (its "worst defeat"; negative when it beats everyone).
    /// </summary>
    public static long WorstMargin(PairwiseMatrix matrix, int candidate, IReadOnlyCollection<int> remaining)
    {
        var contests = Contests(matrix, candidate, remaining);
        return contests.Count == 0 ? 0 : contests[0].Against - contests[0].For;
    }

    /// <summary>The contests of <paramref name="candidate"/>, strongest against it first.</summary>
    private static List<(long Against, long For)> Contests(PairwiseMatrix matrix, int candidate, IReadOnlyCollection<int> remaining)
    {
        var contests = new List<(long Against, long For)>(remaining.Count);
        foreach (var other in remaining)
        {
            if (other != candidate)
            {
                contests.Add((matrix[other, candidate], matrix[candidate, other]));
            }
        }

        contests.Sort(StrongerFirst);
        return contests;
    }

    /// <summary>Larger margin first; equal margins: smaller W first.</summary>
    private static int StrongerFirst((long Against, long For) x, (long Against, long For) y)
    {
        var byMargin = (y.Against - y.For).CompareTo(x.Against - x.For);
        return byMargin != 0 ? byMargin : x.Against.CompareTo(y.Against);
    }

    /// <summary>Negative when list <paramref name="x"/> is better (weaker against) than <paramref name="y"/>.</summary>
    private static int Compare(List<(long Against, long For)> x, List<(long Against, long For)> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            // The contest that sorts first is the stronger one; the candidate facing it is worse.
            var c = StrongerFirst(x[i], y[i]);
            if (c != 0)
            {
                return -c;
            }
        }

        return x.Count.CompareTo(y.Count);
    }
}
