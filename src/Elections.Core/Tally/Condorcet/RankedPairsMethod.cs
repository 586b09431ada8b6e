using Elections.Core.Ballots;
using System.Globalization;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// Ranked pairs (T. N. Tideman, Social Choice and Welfare 4(3):185–206, 1987; tally.md §1.2):
/// pairs X&gt;Y with d[X,Y] &gt; d[Y,X] are taken by margin, largest first, and each is locked
/// unless it would close a cycle with pairs already locked. Pairs of equal margin are ordered by
/// the Zavist–Tideman rule against a tie-breaking ranking of candidates (TBRC): the pair whose
/// winner ranks higher in the TBRC first, then the pair whose loser ranks lower. This engine is
/// deterministic, so its TBRC is the candidates' names in ordinal order (documented and logged,
/// never the file order); pairs with zero margin are finally locked in TBRC order where possible.
/// The locked pairs form a complete order.
/// </summary>
public sealed class RankedPairsMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "ranked-pairs";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = CountSetup.Create(ballots, options);
        var matrix = PairwiseMatrix.Build(ballots, options.Unranked);
        var tbrc = TieBreaking.OrderByName(setup.Continuing, setup.Names);
        var position = new int[setup.Names.Count];
        for (var i = 0; i < tbrc.Length; i++)
        {
            position[tbrc[i]] = i;
        }

        var pairs = new List<(int Winner, int Loser, long Margin)>();
        foreach (var x in setup.Continuing)
        {
            foreach (var y in setup.Continuing)
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

        var reach = new Reachability(setup.Names.Count);
        var ties = new List<TieBreak>();
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
                var (winner, loser, _) = pairs[i];
                if (reach.Reaches(loser, winner))
                {
                    skipped.Add($"{setup.Names[winner]}>{setup.Names[loser]}");
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
                    Tied = pairs.Skip(start).Take(end - start).Select(p => $"{setup.Names[p.Winner]}>{setup.Names[p.Loser]}").ToArray(),
                    Chosen = skipped,
                    Rule = $"pairs with equal margin {margin} taken in Zavist–Tideman order against the TBRC "
                        + "(candidate names, ordinal); the chosen pairs were skipped because they closed a cycle",
                });
            }

            start = end;
        }

        var groups = PlacementResult.Peel(setup.Continuing, reach.Reaches);
        return PlacementResult.Build(
            Name,
            setup,
            groups,
            (remaining, c) => remaining.Count(o => o != c && reach.Reaches(c, o)),
            "votes = remaining candidates below each one in the locked graph",
            matrix,
            ties);
    }
}
