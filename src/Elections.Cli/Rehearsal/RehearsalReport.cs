using System.Globalization;
using System.Net;
using System.Text;
using Elections.App.Announcements;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// The rehearsal's HTML report (issue 14 item 1): the timeline of steps with what people did and each expectation, what
/// the bot did and why (its audit log and every delivery's outcome), the rendered announcements, the mail the SMTP sink
/// received, and the result (the tally report of the count, linked and embedded). Self-contained, no scripts.
/// </summary>
internal static class RehearsalReport
{
    public static string Render(RehearsalResult result, IReadOnlyList<RenderedAnnouncement> announcements, TimeSpan elapsed)
    {
        var html = new StringBuilder();
        var failure = result.FirstFailure;
        var verdict = failure is null ? "<strong class=\"pass\">passed</strong>" : $"<strong class=\"fail\">failed at step \"{E(failure.Step.Name)}\"</strong>";
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Rehearsal: {{E(result.Workspace.Config.Name)}}</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff;line-height:1.5}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            .pass{color:#0a5c2b}.fail{color:#a4141b;font-weight:bold}article{border:1px solid #bbb;padding:0 1rem;margin:1rem 0}
            iframe{width:100%;height:40rem;border:1px solid #bbb}
            </style></head><body>
            <header><h1>Rehearsal of {{E(result.Workspace.Config.Name)}}</h1>
            <p>Scenario <strong>{{E(result.Scenario.Name)}}</strong> ({{E(result.Scenario.File)}}), {{result.Steps.Count}} of {{result.Scenario.Steps.Count}} steps run in {{elapsed.TotalSeconds:F1}} s:
            {{verdict}}.</p>
            <nav aria-label="Sections"><ul><li><a href="#timeline">Timeline</a></li><li><a href="#bot">What the bot did and why</a></li><li><a href="#announcements">Announcements</a></li><li><a href="#mail">Mail sent</a></li><li><a href="#result">Result</a></li><li><a href="dashboard.html">The election dashboard at the end</a></li></ul></nav></header>
            <main><section id="timeline"><h2>Timeline</h2>
            """);
        foreach (var step in result.Steps)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(step.Step.Name)} <span class=\"{(step.Passed ? "pass\">passed" : "fail\">failed")}</span></h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{step.At:yyyy-MM-dd HH:mm} UTC ({E(step.Step.Point)} {(step.Step.After >= TimeSpan.Zero ? "+" : "")}{step.Step.After.TotalHours:0.#} h; {E(result.Scenario.File)}:{step.Step.Line})</p>\n<ul>");
            foreach (var action in step.Actions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(action)}</li>");
            }

            html.Append("</ul>\n");
            if (step.Error.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"fail\">Error: {E(step.Error)}</p>\n");
            }

            if (step.Checks.Count > 0)
            {
                html.Append("<table><thead><tr><th scope=\"col\">expected</th><th scope=\"col\">found</th><th scope=\"col\">result</th></tr></thead><tbody>\n");
                foreach (var check in step.Checks)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(check.Expected)}</td><td>{E(check.Found)}</td><td class=\"{(check.Passed ? "pass\">ok" : "fail\">FAILED")}</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }
        }

        html.Append("</section>\n<section id=\"bot\"><h2>What the bot did and why</h2><h3>Audit log</h3><table><thead><tr><th scope=\"col\">when (UTC)</th><th scope=\"col\">caused by</th><th scope=\"col\">what</th><th scope=\"col\">why</th></tr></thead><tbody>\n");
        foreach (var entry in result.Audit)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{entry.At:yyyy-MM-dd HH:mm:ss}</td><td>@{E(entry.Actor)}</td><td>{E(entry.Action)}</td><td>{E(entry.Reason)}</td></tr>\n");
        }

        html.Append("</tbody></table><h3>Webhook deliveries</h3><table><thead><tr><th scope=\"col\">event</th><th scope=\"col\">outcome</th></tr></thead><tbody>\n");
        foreach (var (name, action, outcome) in result.Deliveries)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}.{E(action)}</td><td>{E(outcome)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n<section id=\"announcements\"><h2>Announcements</h2>\n");
        foreach (var announcement in announcements)
        {
            html.Append(CultureInfo.InvariantCulture, $"<article aria-label=\"{E(announcement.Title)}\">{DemoteHeadings(announcement.Html)}</article>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</section>\n<section id=\"mail\"><h2>Mail sent</h2><p>{result.Mail.Count} message(s) reached the SMTP sink.</p><table><thead><tr><th scope=\"col\">to</th><th scope=\"col\">subject</th><th scope=\"col\">Message-Id</th></tr></thead><tbody>\n");
        foreach (var mail in result.Mail)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(mail.To)}</td><td>{E(mail.Subject)}</td><td>{E(mail.MessageId)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n<section id=\"result\"><h2>Result</h2>\n");
        if (result.Facts.Winners is { } winners)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{result.Facts.Ballots} simulated ballots; elected in order: {E(string.Join(", ", winners))}. The full count: <a href=\"result.html\">result.html</a> (the report of <code>elections tally --election</code>).</p>\n");
            html.Append("<iframe src=\"result.html\" title=\"The count, round by round\"></iframe>\n");
        }
        else
        {
            html.Append("<p>No count was made.</p>\n");
        }

        html.Append("<h3>Publication and write-back</h3>\n");
        html.Append(result.Facts.Publication.Count == 0 ? "<p>The result was not published.</p>\n" : "<ul>" + string.Concat(result.Facts.Publication.Select(p => $"<li>{E(p)}</li>")) + "</ul>\n");
        if (result.WriteBack.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>The write-back pull request #{result.Facts.WriteBackPull} in {E(result.Workspace.Config.Results.GovernanceFile!.Repository)} proposes {E(result.Workspace.Config.Results.GovernanceFile!.Path)} as:</p><pre>{E(result.WriteBack)}</pre>\n");
        }

        html.Append("</section></main></body></html>\n");
        return html.ToString();
    }

    /// <summary>An announcement's headings sit below the report's h2 sections.</summary>
    private static string DemoteHeadings(string html) =>
        html.Replace("<h3", "<h5", StringComparison.Ordinal).Replace("</h3>", "</h5>", StringComparison.Ordinal)
            .Replace("<h2", "<h4", StringComparison.Ordinal).Replace("</h2>", "</h4>", StringComparison.Ordinal)
            .Replace("<h1", "<h3", StringComparison.Ordinal).Replace("</h1>", "</h3>", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
