using System.Globalization;
using System.Net;
using System.Text;

namespace Elections.App.Presentation.Tally;

/// <summary>
/// A self-contained HTML page for a tally: winners, the round-by-round table, an inline SVG chart
/// of each candidate's votes per round, ties, conflict steps and the pairwise table. No scripts,
/// no external resources.
/// </summary>
public static class TallyHtmlReport
{
    private const int Width = 760;
    private const int Height = 320;
    private const int Pad = 40;
    private static readonly string[] Palette =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>The whole HTML page for <paramref name="view"/>.</summary>
    public static string Render(TallyView view)
    {
        var r = view.Result;
        var html = new StringBuilder();
        var title = view.Title.Length > 0 ? view.Title : "Tally";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(title)).Append(" — ").Append(E(r.Method)).Append("</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append(".won{font-weight:bold;background:#e6f4ea}.note{color:#555;font-size:.9em}</style></head><body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append("<p>").Append(E(view.Summary)).Append(".</p>\n");
        html.Append("<h2>Winners</h2><ol>");
        foreach (var winner in r.Winners)
        {
            html.Append("<li>").Append(E(winner)).Append("</li>");
        }

        html.Append("</ol>\n");
        if (view.TermLines.Count > 0)
        {
            html.Append("<p>").Append(string.Join("<br>", view.TermLines.Select(E))).Append("</p>\n");
        }

        foreach (var line in view.ConflictLines)
        {
            html.Append("<p class=\"note\">Conflict: ").Append(E(line)).Append("</p>\n");
        }

        var candidates = r.Ranking.Concat(r.Rounds.SelectMany(x => x.Votes.Keys)).Distinct().ToList();
        html.Append("<h2>Votes per round</h2>\n").Append(Chart(r.Rounds, candidates));
        html.Append("<h2>Rounds</h2>\n<table><tr><th>Candidate</th>");
        foreach (var round in r.Rounds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{round.Number}</th>");
        }

        html.Append("</tr>\n");
        var winners = r.Winners.ToHashSet();
        foreach (var candidate in candidates)
        {
            html.Append(winners.Contains(candidate) ? "<tr class=\"won\">" : "<tr>").Append("<td>").Append(E(candidate)).Append("</td>");
            foreach (var round in r.Rounds)
            {
                html.Append("<td>").Append(round.Votes.TryGetValue(candidate, out var v) ? E(v) : "").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n<ol class=\"note\">");
        foreach (var round in r.Rounds)
        {
            html.Append("<li>").Append(E(round.Note));
            if (round.Elected.Count > 0)
            {
                html.Append(" — ").Append(E(TallyView.Elected(round.Elected)));
            }

            if (round.Eliminated.Count > 0)
            {
                html.Append(" — ").Append(E(TallyView.Eliminated(round.Eliminated)));
            }

            html.Append("</li>");
        }

        html.Append("</ol>\n");
        if (r.Ties.Count > 0)
        {
            html.Append("<h2>Ties</h2><ul>");
            foreach (var line in view.TieLines)
            {
                html.Append("<li>").Append(E(line)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        if (r.Pairwise is { } pairwise)
        {
            html.Append("<h2>Pairwise preferences</h2><p class=\"note\">Row over column: ballots ranking the row candidate above the column candidate.</p><table><tr><th></th>");
            foreach (var name in pairwise.Candidates)
            {
                html.Append("<th>").Append(E(name)).Append("</th>");
            }

            html.Append("</tr>\n");
            for (var i = 0; i < pairwise.Candidates.Count; i++)
            {
                html.Append("<tr><td>").Append(E(pairwise.Candidates[i])).Append("</td>");
                for (var j = 0; j < pairwise.Candidates.Count; j++)
                {
                    html.Append("<td>").Append(i == j ? "" : pairwise.Counts[i][j].ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>An inline SVG line chart; values are exact decimals scaled for display only.</summary>
    private static string Chart(IReadOnlyList<Elections.Core.Tally.TallyRound> rounds, List<string> candidates)
    {
        var values = rounds.SelectMany(x => x.Votes.Values).Select(Parse).ToList();
        var max = values.DefaultIfEmpty(0m).Max();
        var min = Math.Min(0m, values.DefaultIfEmpty(0m).Min());
        var span = max - min == 0 ? 1m : max - min;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height + 20}\" role=\"img\" aria-label=\"votes per round\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{Height - Pad}\" x2=\"{Width - Pad}\" y2=\"{Height - Pad}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{Pad / 2}\" x2=\"{Pad}\" y2=\"{Height - Pad}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Pad / 2 + 10}\" font-size=\"10\">{E(max.ToString(CultureInfo.InvariantCulture))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Height - Pad}\" font-size=\"10\">{E(min.ToString(CultureInfo.InvariantCulture))}</text>");
        decimal X(int i) => rounds.Count <= 1 ? Width / 2 : Pad + ((Width - (2 * Pad)) * i / (decimal)(rounds.Count - 1));
        decimal Y(decimal v) => Height - Pad - ((Height - (1.5m * Pad)) * (v - min) / span);
        for (var i = 0; i < rounds.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.0}\" y=\"{Height - Pad + 14}\" font-size=\"10\" text-anchor=\"middle\">{rounds[i].Number}</text>");
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            var colour = Palette[c % Palette.Length];
            var points = new List<string>();
            for (var i = 0; i < rounds.Count; i++)
            {
                if (rounds[i].Votes.TryGetValue(candidates[c], out var v))
                {
                    points.Add(string.Create(CultureInfo.InvariantCulture, $"{X(i):0.0},{Y(Parse(v)):0.0}"));
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"><title>{E(candidates[c])}</title></polyline>");
            foreach (var point in points)
            {
                var xy = point.Split(',');
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{colour}\"><title>{E(candidates[c])}</title></circle>");
            }
        }

        svg.Append("</svg>\n<p class=\"note\">");
        for (var c = 0; c < candidates.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<span style=\"color:{Palette[c % Palette.Length]}\">■</span> {E(candidates[c])} ");
        }

        return svg.Append("</p>\n").ToString();
    }

    private static decimal Parse(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
