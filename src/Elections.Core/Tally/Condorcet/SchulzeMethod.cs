using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The Schulze method (M. Schulze, Social Choice and Welfare 36(2):267–303, 2011; tally.md §1.1):
/// a link X→Y exists when d[X,Y] &gt; d[Y,X], measured by winning votes d[X,Y] (default) or by the
/// margin d[X,Y] − d[Y,X]; p[X,Y] is the strength of the strongest (widest) path; X beats Y when
/// p[X,Y] &gt; p[Y,X]. The order peels off the unbeaten candidates again and again (as CIVS
/// does), and the first <c>seats</c> win, as in Kubernetes steering elections. Candidates the
/// relation leaves equal are ordered by <see cref="TieBreaking.OrderByName"/>, logged.
/// </summary>
public sealed class SchulzeMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "schulze";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = CountSetup.Create(ballots, options);
        var matrix = PairwiseMatrix.Build(ballots, options.Unranked);
        var margins = options.Strength == DefeatStrength.Margins;
        var paths = StrongestPaths(matrix, setup.Continuing, margins);
        bool Beats(int x, int y) => paths[x, y] > paths[y, x];
        var groups = PlacementResult.Peel(setup.Continuing, Beats);
        var label = margins ? "margins" : "winning votes";
        return PlacementResult.Build(
            Name,
            setup,
            groups,
            (remaining, c) => remaining.Count(o => o != c && Beats(c, o)),
            $"votes = remaining candidates beaten on strongest paths, {label}",
            matrix,
            []);
    }

    /// <summary>
    /// Strongest path strengths between the given candidates (Floyd–Warshall widest paths);
    /// entries for other candidates stay 0.
    /// </summary>
    public static long[,] StrongestPaths(PairwiseMatrix matrix, IReadOnlyList<int> candidates, bool margins)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(candidates);
        var n = candidates.Count;
        var p = new long[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                long forward = matrix[candidates[i], candidates[j]], backward = matrix[candidates[j], candidates[i]];
                if (forward > backward)
                {
                    p[i, j] = margins ? forward - backward : forward;
                }
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var pik = p[i, k];
                if (i == k || pik == 0)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    if (j == i || j == k)
                    {
                        continue;
                    }

                    var through = Math.Min(pik, p[k, j]);
                    if (through > p[i, j])
                    {
                        p[i, j] = through;
                    }
                }
            }
        }

        var result = new long[matrix.Size, matrix.Size];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[candidates[i], candidates[j]] = p[i, j];
            }
        }

        return result;
    }
}
