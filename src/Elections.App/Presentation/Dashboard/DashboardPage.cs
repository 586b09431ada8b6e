using System.Globalization;
using System.Net;
using System.Text;
using Elections.App.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Timeline;
using Elections.Core.Voters;

namespace Elections.App.Presentation.Dashboard;

/// <summary>
/// The election dashboard, one self-contained HTML page for voters and candidates (issue 14 item 3), written by
/// <c>elections dashboard --out DIR</c> (for GitHub Pages) and by <c>elections rehearse</c>: the timeline with
/// Anywhere-on-Earth deadlines and countdowns, the current phase, the nominees and their standing, the roll size and how
/// to check one's own entry, and the results report after the count. No third-party script: one small inline script
/// keeps the countdowns current; without it the countdowns read as of <see cref="DashboardModel.Now"/>.
/// </summary>
public static class DashboardPage
{
    /// <summary>The only script: rewrites each countdown every minute (the page reads the same without it).</summary>
    private const string CountdownScript = """
            <script>
            (function(){function f(ms){if(ms<=0)return "(passed)";var m=Math.floor(ms/60000),d=Math.floor(m/1440),h=Math.floor(m%1440/60);return "(in "+(d>0?d+" d ":"")+h+" h "+(m%60)+" min)";}
            function t(){document.querySelectorAll("[data-countdown]").forEach(function(e){e.textContent=f(Date.parse(e.getAttribute("data-countdown"))-Date.now());});}t();setInterval(t,60000);})();
            </script></body></html>

        """;

    /// <summary>The page for <paramref name="model"/>.</summary>
    public static string Render(DashboardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var config = model.Config;
        var timeline = config.Timeline;
        var phase = timeline.PhaseAt(model.Now);
        var voters = model.Roll.Voters.Count(VoterRules.CanVote);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(config.Name)}}: dashboard</title>
            <style>
            :root{--text:#1a1a1a;--muted:#4a4a4a;--back:#ffffff;--link:#0b4f9c;--ok:#0a5c2b;--wait:#7a4a00;--bad:#a4141b;--line:#8a8a8a}
            *{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;color:var(--text);background:var(--back);line-height:1.5}
            header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}a{color:var(--link)}a:focus,summary:focus{outline:3px solid var(--link);outline-offset:2px}
            ol.timeline{list-style:none;padding:0}ol.timeline li{border-left:4px solid var(--line);padding:.25rem .75rem;margin:.25rem 0}
            ol.timeline li.past{color:var(--muted)}ol.timeline li.next{border-left-color:var(--link);font-weight:600}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.75rem;padding:0;list-style:none}
            .card{border:1px solid var(--line);border-radius:.5rem;padding:.75rem}.card h3{margin:0 0 .25rem;overflow-wrap:anywhere}
            .confirmed{color:var(--ok)}.pending{color:var(--wait)}.invalid{color:var(--bad)}dl{margin:0}dt{font-weight:600}dd{margin:0 0 .25rem}
            code{overflow-wrap:anywhere}
            </style></head><body>
            <header><h1>{{E(config.Name)}}</h1>
            <p>Current phase: <strong id="phase">{{E(PhaseName(phase))}}</strong>. Page updated {{model.Now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}} UTC.</p></header>
            <main>
            <section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>
            <p>Dates are Anywhere on Earth (AoE, UTC−12): a day ends when it has ended everywhere.</p>
            <ol class="timeline">
            """);
        var upcoming = timeline.NextDeadlines(model.Now);
        var next = upcoming.Count > 0 ? upcoming[0] : null;
        foreach (var entry in timeline.Entries)
        {
            var past = entry.Deadline.HasPassed(model.Now);
            var css = past ? "past" : entry.Key == next?.Key ? "next" : "";
            var iso = entry.Deadline.Utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{css}\"><span>{E(entry.Title)}</span>: <time datetime=\"{iso}\">{E(entry.Deadline.ToString())}</time> <span data-countdown=\"{iso}\">{E(Countdown(entry.Deadline.Utc - model.Now))}</span></li>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ol></section>\n<section aria-labelledby=\"candidates\"><h2 id=\"candidates\">Nominees and candidates</h2>\n");
        if (model.Nominees.Count == 0)
        {
            html.Append("<p>No nominations yet.</p>\n");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>A nomination is confirmed when the nominee accepted, the candidate form is complete and at least {config.Endorsements.MinEndorsers} voters endorsed it, with at least {config.Endorsements.MinIndependent} mutually independent people among nominee and endorsers.</p>\n<ul class=\"cards\">\n");
            foreach (var nominee in model.Nominees.OrderBy(n => n.Login, StringComparer.OrdinalIgnoreCase))
            {
                var status = nominee.Status.ToString().ToLowerInvariant();
                var pr = nominee.PullRequest is { } number ? $"<a href=\"{E(model.RepositoryUrl)}/pull/{number}\">pull request #{number}</a>" : "merged";
                html.Append(CultureInfo.InvariantCulture, $"""
                    <li class="card"><h3>@{E(nominee.Login)}</h3><p class="{status}"><strong>{E(status)}</strong></p><dl>
                    <dt>Nomination</dt><dd>{pr}</dd><dt>Accepted</dt><dd>{(nominee.Accepted ? "yes" : "not yet")}</dd>
                    <dt>Candidate form</dt><dd>{(nominee.FormComplete ? "complete" : "incomplete")}</dd>
                    <dt>Endorsements</dt><dd>{Endorsements(nominee, config.Endorsements)}</dd>
                    {(nominee.Missing.Count > 0 ? $"<dt>Missing</dt><dd>{E(string.Join("; ", nominee.Missing))}</dd>" : "")}</dl></li>

                    """);
            }

            html.Append("</ul>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            </section>
            <section aria-labelledby="roll"><h2 id="roll">Voter roll</h2>
            <p><strong>{voters}</strong> people can vote.</p>
            <p>Check your own entry: search for your GitHub login in <a href="{E(model.RepositoryUrl)}/blob/main/voters.json">voters.json</a>, or run <code>elections voters explain YOUR-LOGIN</code>. To change your address or ask for an exception, follow <a href="{E(model.RepositoryUrl)}/blob/main/docs/voter-guide.md">the voter guide</a> before the roll freezes ({E(timeline.VoterRollFreeze.ToString())}).</p>
            </section>
            <section aria-labelledby="results"><h2 id="results">Results</h2>
            {Results(model)}
            </section></main>
            <footer><p>Generated by <code>elections dashboard</code> from <a href="{E(model.RepositoryUrl)}">the election repository</a>.</p></footer>

            """);
        html.Append(CountdownScript);
        return html.ToString();
    }

    /// <summary>The results section's body: the elected with their terms and the report link once published, else when to expect them.</summary>
    private static string Results(DashboardModel model)
    {
        var html = new StringBuilder();
        if (model.Elected.Count > 0)
        {
            html.Append("<p>Elected, in the order of the count:</p><ol id=\"elected\">");
            foreach (var (login, name, years) in model.Elected)
            {
                var who = name.Length > 0 && !name.Equals(login, StringComparison.OrdinalIgnoreCase) ? $"{E(name)} (@{E(login)})" : $"@{E(login)}";
                html.Append(CultureInfo.InvariantCulture, $"<li>{who}{(years > 0 ? $", for {years} year{(years == 1 ? "" : "s")}" : "")}</li>");
            }

            html.Append("</ol>");
        }

        html.Append(model.ResultsHref.Length > 0
            ? $"<p>The count is done: <a href=\"{E(model.ResultsHref)}\">read the results report</a>, round by round.</p>"
            : model.Elected.Count > 0 ? "" : $"<p>Results are published after voting closes ({E(model.Config.Timeline.VotingCloses.ToString())}).</p>");
        return html.ToString();
    }

    /// <summary>"(in 3 d 4 h 0 min)" or "(passed)", as the inline script writes it.</summary>
    public static string Countdown(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "(passed)";
        }

        var minutes = (long)left.TotalMinutes;
        var days = minutes / 1440;
        return string.Create(CultureInfo.InvariantCulture, $"(in {(days > 0 ? $"{days} d " : "")}{minutes % 1440 / 60} h {minutes % 60} min)");
    }

    /// <summary>An open nomination's count; a merged one was counted on its pull request before the merge.</summary>
    private static string Endorsements(NomineeStanding nominee, EndorsementRules rules) => nominee.PullRequest is null
        ? "counted on the nomination pull request before it was merged"
        : $"{nominee.Endorsers.Count} of {rules.MinEndorsers} needed; {nominee.Independent} mutually independent of {rules.MinIndependent}";

    private static string PhaseName(ElectionPhase phase) => phase switch
    {
        ElectionPhase.BeforeKickoff => "before the kickoff",
        ElectionPhase.Nominations => "nominations are open",
        ElectionPhase.Endorsements => "endorsements, acceptances and candidate forms",
        ElectionPhase.Questions => "questions to the candidates",
        ElectionPhase.Answers => "candidates answer",
        ElectionPhase.BeforeVoting => "voting opens soon",
        ElectionPhase.Voting => "voting is open",
        ElectionPhase.Counting => "voting has closed; counting",
        _ => "results published",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
