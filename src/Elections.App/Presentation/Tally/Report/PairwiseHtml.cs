using System.Globalization;
using System.Text;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;
using static Elections.App.Presentation.Tally.Report.Html;

namespace Elections.App.Presentation.Tally.Report;

/// <summary>
/// The Condorcet sections: the pairwise matrix in result order with each cell coloured by who wins
/// the contest (as CIVS shows it), then the table the method decided on: Schulze's strongest paths
/// or ranked pairs' lock-in order. Both come from the counted pairwise table through the methods'
/// own code, so the report cannot disagree with the count.
/// </summary>
internal static class PairwiseHtml
{
    /// <summary>Matrices are drawn up to this many candidates (a page stays readable and small).</summary>
    public const int MostCandidates = 100;

    /// <summary>Lock-in rows shown; the rest are counted in a note.</summary>
    public const int MostPairs = 500;

    public static void Append(StringBuilder html, TallyResult result, PairwiseTable table, bool marginStrength)
    {
        if (table.Candidates.Count > MostCandidates)
        {
            html.Append("<h2>Pairwise contests</h2>\n<p class=\"note\">")
                .Append(table.Candidates.Count).Append(" candidates: the pairwise tables are left out of the page above ")
                .Append(MostCandidates).Append("; <code>--json</code> has every pairwise count.</p>\n");
            return;
        }

        var order = ResultOrder(result, table);
        var counts = Counts(table);
        html.Append("<h2>Pairwise contests</h2>\n<p class=\"note\">Candidates in result order. Each cell is the number of ballots ranking the row ")
            .Append("candidate above the column candidate.</p>\n");
        Legend(html, "row candidate wins the contest", "row candidate loses", "tied");
        Matrix(html, "pairwise contests", table.Candidates, order, (i, j) => counts[i, j]);
        if (result.Method == "schulze")
        {
            var all = Enumerable.Range(0, table.Candidates.Count).ToArray();
            var paths = SchulzeMethod.StrongestPaths(PairwiseMatrix.FromCounts(counts), all, marginStrength);
            html.Append("<h2>Strongest paths</h2>\n<p class=\"note\">Strength of the strongest path from the row candidate to the column candidate (")
                .Append(marginStrength ? "margins" : "winning votes")
                .Append("). The row candidate beats the column candidate when its path is stronger than the path back.</p>\n");
            Legend(html, "stronger path than the way back", "weaker", "equal");
            Matrix(html, "strongest paths", table.Candidates, order, (i, j) => paths[i, j]);
        }
        else if (result.Method == "ranked-pairs")
        {
            LockIn(html, table, counts);
        }
    }

    private static int[] ResultOrder(TallyResult result, PairwiseTable table)
    {
        var index = table.Candidates.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var ranked = result.Ranking.Where(index.ContainsKey).Select(name => index[name]);
        return ranked.Concat(Enumerable.Range(0, table.Candidates.Count)).Distinct().ToArray();
    }

    private static long[,] Counts(PairwiseTable table)
    {
        var n = table.Candidates.Count;
        var counts = new long[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                counts[i, j] = table.Counts[i][j];
            }
        }

        return counts;
    }

    private static void Legend(StringBuilder html, string win, string lose, string even) =>
        html.Append("<p class=\"legend note\"><span class=\"win\">").Append(E(win)).Append("</span><span class=\"lose\">").Append(E(lose))
            .Append("</span><span class=\"even\">").Append(E(even)).Append("</span></p>\n");

    private static void Matrix(StringBuilder html, string label, IReadOnlyList<string> names, int[] order, Func<int, int, long> value)
    {
        html.OpenScrollTable(label, "matrix").Append("<thead><tr><th scope=\"col\"></th>");
        foreach (var j in order)
        {
            html.Append("<th scope=\"col\">").Append(E(names[j])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var i in order)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(names[i])).Append("</th>");
            foreach (var j in order)
            {
                if (i == j)
                {
                    html.Append("<td class=\"self\"></td>");
                    continue;
                }

                var forward = value(i, j);
                var backward = value(j, i);
                var css = forward > backward ? "win" : forward < backward ? "lose" : "even";
                html.Append("<td class=\"").Append(css).Append("\" title=\"").Append(E($"{names[i]} over {names[j]}: {forward}, back: {backward}"))
                    .Append("\">").Append(forward.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>").CloseScrollTable();
    }

    private static void LockIn(StringBuilder html, PairwiseTable table, long[,] counts)
    {
        var all = Enumerable.Range(0, table.Candidates.Count).ToArray();
        var lockIn = RankedPairsLockIn.Run(PairwiseMatrix.FromCounts(counts), all, table.Candidates);
        html.Append("<h2>Lock-in order</h2>\n<p class=\"note\">Pairs by margin, largest first (equal margins in Zavist–Tideman order against ")
            .Append("the candidates' names); a pair is locked unless it would close a cycle with pairs already locked.</p>\n");
        html.OpenScrollTable("lock-in order").Append("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Pair</th><th scope=\"col\">For</th>")
            .Append("<th scope=\"col\">Against</th><th scope=\"col\">Margin</th><th scope=\"col\">Decision</th></tr></thead><tbody>\n");
        for (var k = 0; k < Math.Min(lockIn.Pairs.Count, MostPairs); k++)
        {
            var pair = lockIn.Pairs[k];
            html.Append(pair.Locked ? "<tr><td>" : "<tr class=\"lose\"><td>").Append(k + 1).Append("</td><td class=\"wrap\">")
                .Append(E($"{table.Candidates[pair.Winner]} over {table.Candidates[pair.Loser]}")).Append("</td><td>")
                .Append(counts[pair.Winner, pair.Loser].ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(counts[pair.Loser, pair.Winner].ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(pair.Margin.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(pair.Locked ? "locked" : "skipped: would close a cycle").Append("</td></tr>\n");
        }

        html.Append("</tbody>").CloseScrollTable();
        if (lockIn.Pairs.Count > MostPairs)
        {
            html.Append("<p class=\"note\">").Append(lockIn.Pairs.Count - MostPairs).Append(" more pairs (smaller margins) are not shown.</p>\n");
        }
    }
}
