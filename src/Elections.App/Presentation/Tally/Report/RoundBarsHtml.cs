using System.Text;
using Elections.Core.Tally;
using static Elections.App.Presentation.Tally.Report.Html;

namespace Elections.App.Presentation.Tally.Report;

/// <summary>
/// Round-by-round charts for counts that move votes (STV, IRV, plurality): per round one labelled
/// bar per candidate on a common scale, the threshold as a vertical line, what each candidate gained
/// or lost since the previous round (transfers) and the exhausted votes as a row of their own.
/// Candidates are named beside their bars, so any number of them stays distinguishable.
/// </summary>
internal static class RoundBarsHtml
{
    private const int Width = 1000;
    private const int LabelWidth = 220;
    private const int ValueWidth = 200;
    private const int Row = 22;
    private const int Top = 24;

    public static void Append(StringBuilder html, TallyResult result)
    {
        var rounds = result.Rounds;
        var scale = rounds
            .SelectMany(r => r.Votes.Values.Append(r.Threshold ?? "0").Append(r.Exhausted ?? "0"))
            .Select(Parse)
            .DefaultIfEmpty(0m)
            .Max();
        scale = scale <= 0 ? 1 : scale;
        html.Append("<h2>Round by round</h2>\n<p class=\"note\">Each bar is a candidate's votes at the end of the round, on one scale for every round. ")
            .Append("The lighter end of a bar is what it gained by transfer in that round; an outlined end is what it lost. ")
            .Append("The dashed line is the threshold (quota).</p>\n");
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i];
            var previous = i > 0 ? rounds[i - 1] : null;
            var open = i == 0 || i == rounds.Count - 1 ? " open" : "";
            html.Append("<details").Append(open).Append("><summary>Round ").Append(round.Number).Append(": ").Append(E(round.Note)).Append("</summary>\n");
            html.Append(Svg(round, previous, scale, excluded));
            html.Append("</details>\n");
            excluded.UnionWith(round.Eliminated);
        }
    }

    /// <param name="round">The round to draw.</param>
    /// <param name="previous">The round before, for transfers; null for the first.</param>
    /// <param name="scale">The largest value of any round.</param>
    /// <param name="excluded">Candidates excluded in earlier rounds: not drawn again.</param>
    private static string Svg(TallyRound round, TallyRound? previous, decimal scale, HashSet<string> excluded)
    {
        var shown = round.Votes.Where(v => !excluded.Contains(v.Key)).ToList();
        var rows = shown.Count + (round.Exhausted is null ? 0 : 1);
        var height = Top + (rows * Row) + 8;
        var plot = Width - LabelWidth - ValueWidth;
        decimal X(decimal v) => LabelWidth + (plot * v / scale);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" width=\"").Append(Width).Append("\" role=\"img\" aria-label=\"votes in round ").Append(round.Number).Append("\" font-size=\"13\">");
        var y = Top;
        foreach (var (name, votes) in shown)
        {
            var now = Parse(votes);
            var before = previous is not null && previous.Votes.TryGetValue(name, out var p) ? Parse(p) : now;
            var state = round.Elected.Contains(name) ? " ✓ elected" : round.Eliminated.Contains(name) ? " ✗ excluded" : "";
            var fill = round.Elected.Contains(name) ? "#2e7d32" : round.Eliminated.Contains(name) ? "#9e9e9e" : "#1565c0";
            var kept = Math.Min(now, before);
            svg.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">")
                .Append(E(Label(name))).Append("<title>").Append(E(name)).Append("</title></text>");
            svg.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(X(kept) - LabelWidth))
                .Append("\" height=\"16\" fill=\"").Append(fill).Append("\"/>");
            if (now > before)
            {
                svg.Append("<rect x=\"").Append(N(X(before))).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(X(now) - X(before)))
                    .Append("\" height=\"16\" fill=\"").Append(fill).Append("\" fill-opacity=\".45\"/>");
            }
            else if (now < before)
            {
                svg.Append("<rect x=\"").Append(N(X(now))).Append("\" y=\"").Append(y + 3.5m).Append("\" width=\"").Append(N(X(before) - X(now)))
                    .Append("\" height=\"15\" fill=\"none\" stroke=\"").Append(fill).Append("\" stroke-dasharray=\"3 2\"/>");
            }

            svg.Append("<text x=\"").Append(N(X(Math.Max(now, before)) + 6)).Append("\" y=\"").Append(y + 15).Append("\">")
                .Append(E(ExactDecimal.Trim(votes))).Append(E(Change(now, before, previous is not null))).Append(E(state)).Append("</text>");
            y += Row;
        }

        if (round.Exhausted is { } exhausted)
        {
            svg.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\" font-style=\"italic\">exhausted</text>");
            svg.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(X(Parse(exhausted)) - LabelWidth))
                .Append("\" height=\"16\" fill=\"#bdbdbd\"/>");
            svg.Append("<text x=\"").Append(N(X(Parse(exhausted)) + 6)).Append("\" y=\"").Append(y + 15).Append("\">").Append(E(ExactDecimal.Trim(exhausted))).Append("</text>");
        }

        if (round.Threshold is { } threshold)
        {
            var x = N(X(Parse(threshold)));
            svg.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(Top - 4).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(height - 4)
                .Append("\" stroke=\"#c62828\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append("<text x=\"").Append(x).Append("\" y=\"").Append(Top - 8).Append("\" text-anchor=\"middle\" fill=\"#c62828\">threshold ")
                .Append(E(ExactDecimal.Trim(threshold))).Append("</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Label(string name) => name.Length <= 28 ? name : string.Concat(name.AsSpan(0, 27), "…");

    private static string Change(decimal now, decimal before, bool hasPrevious)
    {
        if (!hasPrevious || now == before)
        {
            return "";
        }

        var delta = ExactDecimal.Trim((now - before).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return now > before ? $" (+{delta})" : $" ({delta.Replace("-", "−", StringComparison.Ordinal)})";
    }
}
