using System.Globalization;
using System.Text;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Tally;

namespace Elections.Core.Voting;

/// <summary>
/// The settings sheet of <c>elections voting export</c> (issue 13 item 1; nixos-anchor §5.2: the 2024 committee typed
/// OpaVote's and CIVS's settings by eye): every setting the committee enters in the external tool, with the value
/// the election's configuration requires and the configuration key it comes from.
/// </summary>
public static class HandOffSheet
{
    /// <summary>The sheet as Markdown.</summary>
    public static string Render(ElectionConfig config, ExternalTool tool, IReadOnlyList<LockInCandidate> candidates, int voters)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(candidates);
        var toolName = tool == ExternalTool.Civs ? "CIVS" : "OpaVote";
        var timeline = config.Timeline;
        var text = new StringBuilder()
            .Append($"# {toolName} settings for {config.Name}\n\n")
            .Append($"Enter exactly these values; each comes from `config/election.yml`. Then compare the tool's summary page with this sheet.\n\n")
            .Append("| setting | value | from |\n|---|---|---|\n")
            .Append(Row("title", config.Name, "name"))
            .Append(Row("method", MethodName(config.Counting.Method, tool), "counting.method"))
            .Append(Row("seats (winners)", config.Seats.ToString(CultureInfo.InvariantCulture), "seats"))
            .Append(Row("quota", Quota(config.Counting), "counting.quota"))
            .Append(Row("tie rule", TieRule(config.Counting.Method, tool), "docs/counting.md"))
            .Append(Row("unranked candidates", Unranked(config.Counting.Unranked, tool), "counting.unranked"))
            .Append(Row("voting opens", $"{timeline.VotingOpens} ({timeline.VotingOpens.FormatUtc()})", "timeline.voting_opens"))
            .Append(Row("voting closes", $"{timeline.VotingCloses} ({timeline.VotingCloses.FormatUtc()})", "timeline.voting_closes"))
            .Append(Row("candidates", candidates.Count.ToString(CultureInfo.InvariantCulture), "voting/lock-in.json"))
            .Append(Row("voters", voters.ToString(CultureInfo.InvariantCulture), "voters.json (can vote, deduplicated)"))
            .Append(Row("ballot order", "randomise the candidate order on each ballot", "docs/voting.md"))
            .Append(Row("results", "hidden until the poll closes; then download the ballots (BLT or CSV) for `elections voting import`", "docs/voting.md"));
        if (config.Terms.Count > 0)
        {
            var terms = string.Join(", ", config.Terms.Select(t => $"{t.Seats} × {t.Years} year(s)"));
            text.Append(Row("terms (not a tool setting)", $"{terms}, by place in the final order", "terms"));
        }

        text.Append("\nThe tool's own count is not the result: `elections results` recounts the downloaded ballots with these rules.\n");
        return text.ToString();
    }

    /// <summary>The candidate list in the locked order (the lock-in record's order), one ballot name per line.</summary>
    public static string CandidateList(IReadOnlyList<LockInCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return string.Concat(candidates.Select(c => BallotName(c) + "\n"));
    }

    /// <summary>The name a candidate has on the ballot: the form's name, else the login.</summary>
    public static string BallotName(LockInCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Name.Length > 0 ? candidate.Name : candidate.Login;
    }

    private static string Row(string setting, string value, string from) => $"| {setting} | {value.Replace("|", "\\|", StringComparison.Ordinal)} | {from} |\n";

    private static string MethodName(string method, ExternalTool tool) => (method, tool) switch
    {
        ("meek" or "meek-nz", ExternalTool.OpaVote) => "Meek STV",
        ("scottish-stv", ExternalTool.OpaVote) => "Scottish STV",
        ("ers97", ExternalTool.OpaVote) => "ERS97 STV",
        ("stv", ExternalTool.OpaVote) => "STV (Gregory)",
        ("irv", ExternalTool.OpaVote) => "Instant runoff voting (IRV)",
        ("plurality", ExternalTool.OpaVote) => "Plurality",
        ("approval", ExternalTool.OpaVote) => "Approval voting",
        ("schulze", ExternalTool.OpaVote) => "Condorcet (Schulze)",
        ("civs-proportional", ExternalTool.Civs) => "Condorcet, enforce proportional representation (best candidate)",
        ("schulze", ExternalTool.Civs) => "Condorcet completion rule: Schulze",
        ("ranked-pairs", ExternalTool.Civs) => "Condorcet completion rule: ranked pairs (MAM)",
        ("minimax", ExternalTool.Civs) => "Condorcet completion rule: minimax",
        _ => $"{method} (not offered by {(tool == ExternalTool.Civs ? "CIVS" : "OpaVote")}: choose any ranked method there, the count is `elections results`)",
    };

    private static string Quota(CountingRules counting) => counting.Quota switch
    {
        QuotaKind.Whole => "Droop, whole",
        QuotaKind.Fractional => "Droop, fractional",
        _ => counting.Method is "meek" or "meek-nz" or "scottish-stv" or "ers97" or "stv" ? "Droop (the method's default)" : "not used by this method",
    };

    private static string TieRule(string method, ExternalTool tool) => method switch
    {
        "meek" or "meek-nz" or "scottish-stv" or "ers97" or "stv" or "irv" => tool == ExternalTool.OpaVote
            ? "weak tie-break: backward (earlier rounds), then by name"
            : "by earlier rounds, then by name",
        _ => "the method's rule, then by name (ordinal)",
    };

    private static string Unranked(UnrankedPolicy unranked, ExternalTool tool) => unranked switch
    {
        UnrankedPolicy.Incomparable => tool == ExternalTool.Civs ? "allow \"No opinion\" (incomparable)" : "incomparable (no opinion)",
        UnrankedPolicy.Last => tool == ExternalTool.Civs ? "do not allow \"No opinion\" (unranked = tied last)" : "tied below every ranked candidate",
        _ => "the method's default",
    };
}
