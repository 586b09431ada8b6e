using System.Globalization;
using System.Text;
using Elections.App.Candidacy;
using Elections.Core.Configuration;

namespace Elections.App.Presentation;

/// <summary>
/// The body of the pinned status issue (docs/candidacy.md "The pinned status issue"): the same standings
/// <c>elections candidates status</c> lists, as a Markdown table. Logins are written as code, not mentions, so
/// editing the issue notifies nobody; the text holds no time of its own, so an unchanged status is an unchanged body.
/// </summary>
public static class CandidatesStatusMarkdown
{
    /// <summary>GitHub's limit on an issue body is 65536 characters; stay below it with room for the marker.</summary>
    private const int MaxRows = 300;

    /// <summary>The body for <paramref name="standings"/> of the election <paramref name="config"/> in <paramref name="repository"/>.</summary>
    public static string Render(IReadOnlyList<NomineeStanding> standings, ElectionConfig config, string repository)
    {
        ArgumentNullException.ThrowIfNull(standings);
        ArgumentNullException.ThrowIfNull(config);
        var text = new StringBuilder();
        var rules = config.Endorsements;
        text.Append(CultureInfo.InvariantCulture, $"Where every nomination of **{config.Name}** stands. The bot updates this issue at every nomination event; ")
            .Append(CultureInfo.InvariantCulture, $"`elections candidates status --github {repository}` lists the same.\n\n")
            .Append(CultureInfo.InvariantCulture, $"A nomination is confirmed when the nominee accepted, the candidate form is complete, it has at least {rules.MinEndorsers} endorsement(s) ")
            .Append(CultureInfo.InvariantCulture, $"and at least {rules.MinIndependent} mutually independent people among nominee and endorsers. ")
            .Append(CultureInfo.InvariantCulture, $"Nominations close {config.Timeline.NominationsClose}; endorsements, acceptances and forms close {config.Timeline.EndorsementsClose}.\n\n");
        if (standings.Count == 0)
        {
            return text.Append("No nominees yet.\n").ToString();
        }

        text.Append("| Nominee | Pull request | Nominated by | Accepted | Form | Endorsers | Independent | Status | Missing |\n")
            .Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var s in standings.Take(MaxRows))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{s.Login}` | {(s.PullRequest is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : "merged")} | ")
                .Append(CultureInfo.InvariantCulture, $"{(s.NominatedBy is { } by ? $"`{by}`" : "")} | {(s.Accepted ? "yes" : "no")} | {(s.FormComplete ? "complete" : "incomplete")} | ")
                .Append(CultureInfo.InvariantCulture, $"{s.Endorsers.Count} | {s.Independent} | **{s.Status.ToString().ToLowerInvariant()}** | {Cell(string.Join("; ", s.Missing))} |\n");
        }

        if (standings.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{standings.Count - MaxRows} more: run `elections candidates status --github {repository}`.\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
