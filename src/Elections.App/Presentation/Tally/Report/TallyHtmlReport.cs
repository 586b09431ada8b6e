using System.Globalization;
using System.Text;
using static Elections.App.Presentation.Tally.Report.Html;

namespace Elections.App.Presentation.Tally.Report;

/// <summary>
/// A self-contained HTML page for a count (docs/counting.md, "HTML report"): the election title,
/// winners and terms, the settings and where they came from, then the method's own evidence —
/// round-by-round bars with threshold, transfers and exhausted votes for counts that move votes;
/// the coloured pairwise matrix and the strongest-path or lock-in table for Condorcet methods —
/// and what produced it (tool version, command, SHA-256 of each input, date). Pure HTML, CSS and
/// inline SVG: no scripts, no external resources.
/// </summary>
public static class TallyHtmlReport
{
    /// <summary>The whole HTML page for <paramref name="report"/>.</summary>
    public static string Render(TallyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = report.View;
        var r = view.Result;
        var title = Title(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"elections ").Append(E(report.Provenance.ToolVersion)).Append("\">")
            .Append("<title>").Append(E(title)).Append(" — result (").Append(E(r.Method)).Append(")</title>\n<style>")
            .Append(Style).Append("</style></head><body>\n<main>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(view.Summary)).Append(".</p>\n");
        Winners(html, view);
        Settings(html, report.Settings);
        if (r.Pairwise is { } pairwise)
        {
            PairwiseHtml.Append(html, r, pairwise, report.MarginStrength);
            Placements(html, r);
        }
        else
        {
            RoundBarsHtml.Append(html, r);
            RoundsTable(html, r);
        }

        Ties(html, view);
        Provenance(html, report.Provenance);
        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    /// <summary>The election title from the ballot file, else one naming the first input file.</summary>
    public static string Title(TallyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.View.Title.Trim().Length > 0)
        {
            return report.View.Title.Trim();
        }

        return report.Provenance.Inputs.Count > 0 ? $"Election count of {Path.GetFileName(report.Provenance.Inputs[0].Path)}" : "Election count";
    }

    private static void Winners(StringBuilder html, TallyView view)
    {
        html.Append("<h2>Winners</h2>\n<ol>");
        foreach (var winner in view.Result.Winners)
        {
            html.Append("<li><strong>").Append(E(winner)).Append("</strong></li>");
        }

        html.Append("</ol>\n");
        foreach (var line in view.TermLines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        foreach (var line in view.ConflictLines)
        {
            html.Append("<p class=\"note\">Conflict: ").Append(E(line)).Append("</p>\n");
        }

        if (view.Result.Ranking.Count > view.Result.Winners.Count)
        {
            html.Append("<p class=\"note\">Full order: ").Append(E(string.Join(" > ", view.Result.Ranking))).Append("</p>\n");
        }
    }

    private static void Settings(StringBuilder html, IReadOnlyList<ReportSetting> settings)
    {
        html.Append("<h2>Settings</h2>\n");
        html.OpenScrollTable("settings").Append("<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th><th scope=\"col\">Where it came from</th></tr></thead><tbody>\n");
        foreach (var setting in settings)
        {
            html.Append("<tr><td>").Append(E(setting.Name)).Append("</td><td class=\"wrap\">").Append(E(setting.Value))
                .Append("</td><td class=\"wrap\">").Append(E(setting.Source)).Append("</td></tr>\n");
        }

        html.Append("</tbody>").CloseScrollTable();
    }

    private static void Placements(StringBuilder html, Core.Tally.TallyResult r)
    {
        html.Append("<h2>Placements</h2>\n<ol class=\"note\">");
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
    }

    private static void RoundsTable(StringBuilder html, Core.Tally.TallyResult r)
    {
        var candidates = r.Ranking.Concat(r.Rounds.SelectMany(x => x.Votes.Keys)).Distinct().ToList();
        var winners = r.Winners.ToHashSet();
        html.Append("<h2>Count table</h2>\n");
        html.OpenScrollTable("votes per round").Append("<thead><tr><th scope=\"col\">Candidate</th>");
        foreach (var round in r.Rounds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">Round {round.Number}</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var candidate in candidates)
        {
            html.Append(winners.Contains(candidate) ? "<tr class=\"won\">" : "<tr>").Append("<td>").Append(E(candidate)).Append("</td>");
            foreach (var round in r.Rounds)
            {
                html.Append("<td>").Append(round.Votes.TryGetValue(candidate, out var v) ? E(ExactDecimal.Trim(v)) : "").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        Row(html, r, "exhausted", round => round.Exhausted);
        Row(html, r, "threshold", round => round.Threshold);
        html.Append("</tbody>").CloseScrollTable();
    }

    private static void Row(StringBuilder html, Core.Tally.TallyResult r, string label, Func<Core.Tally.TallyRound, string?> value)
    {
        if (r.Rounds.All(round => value(round) is null))
        {
            return;
        }

        html.Append("<tr class=\"note\"><td><em>").Append(label).Append("</em></td>");
        foreach (var round in r.Rounds)
        {
            html.Append("<td>").Append(value(round) is { } v ? E(ExactDecimal.Trim(v)) : "").Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static void Ties(StringBuilder html, TallyView view)
    {
        if (view.Result.Ties.Count == 0)
        {
            return;
        }

        html.Append("<h2>Ties</h2><ul>");
        foreach (var line in view.TieLines)
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static void Provenance(StringBuilder html, ReportProvenance provenance)
    {
        html.Append("<h2>How this page was produced</h2>\n<dl class=\"meta\">")
            .Append("<dt>Tool</dt><dd>elections ").Append(E(provenance.ToolVersion)).Append("</dd>")
            .Append("<dt>Command</dt><dd><code>").Append(E(provenance.Command)).Append("</code></dd>")
            .Append("<dt>Date</dt><dd>").Append(E(provenance.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))).Append("</dd>");
        foreach (var input in provenance.Inputs)
        {
            html.Append("<dt>Input</dt><dd>").Append(E(input.Path)).Append("<br>SHA-256 <code>").Append(E(input.Sha256)).Append("</code></dd>");
        }

        html.Append("</dl>\n<p class=\"note\">Check an input with <code>sha256sum FILE</code>; recount with the command above.</p>\n");
    }
}
