using System.Text;
using Elections.Core.Configuration;

namespace Elections.Core.Candidacy;

/// <summary>
/// The <c>nomination</c> check run's conclusion, title and summary (issue 10 item 1; appendix A10: the anchor
/// failed CI red without saying why): success when confirmed, failure with reason and fix when the pull
/// request itself is wrong, neutral otherwise with exactly what is still missing.
/// </summary>
public static class NominationCheckText
{
    /// <summary>The check for <paramref name="assessment"/> (whose own <see cref="NominationAssessment.Check"/> is ignored).</summary>
    public static NominationCheck For(NominationAssessment assessment, ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(config);
        var nominee = assessment.NomineeLogin.Length > 0 ? $"@{assessment.NomineeLogin}" : "the nominee";
        var text = new StringBuilder();
        if (assessment.Problems.Count > 0)
        {
            text.AppendLine("This nomination pull request cannot be accepted as it is:").AppendLine();
            foreach (var problem in assessment.Problems)
            {
                text.AppendLine($"- {problem.Reason} **Fix:** {problem.Fix}");
            }

            return new NominationCheck(CheckConclusion.Failure, $"Invalid nomination: {FirstSentence(assessment.Problems[0].Reason)}", Finish(text, assessment, config));
        }

        switch (assessment.Decision)
        {
            case NomineeDecision.Withdrawn:
                text.AppendLine($"The pull request was closed, so the nomination of {nominee} is withdrawn.");
                return new NominationCheck(CheckConclusion.Neutral, $"Nomination of {nominee} withdrawn", Finish(text, assessment, config));
            case NomineeDecision.Declined:
                text.AppendLine($"{nominee} declined the nomination with `!decline`. They can still write `{config.Nominations.AcceptCommand}` before {config.Timeline.EndorsementsClose}.");
                return new NominationCheck(CheckConclusion.Neutral, $"{nominee} declined the nomination", Finish(text, assessment, config));
        }

        if (assessment.Missing.Count == 0)
        {
            text.AppendLine($"{nominee} accepted, the candidate form is complete and the endorsement rule is met. The nomination is confirmed; the committee merges it at finalisation.");
            return new NominationCheck(CheckConclusion.Success, $"{nominee}: nomination confirmed", Finish(text, assessment, config));
        }

        text.AppendLine($"Still missing before {config.Timeline.EndorsementsClose}:").AppendLine();
        foreach (var missing in assessment.Missing)
        {
            text.AppendLine($"- **{missing.Code}**: {missing.Text}");
        }

        return new NominationCheck(CheckConclusion.Neutral, $"Waiting for {string.Join(", ", assessment.Missing.Select(m => m.Code))}", Finish(text, assessment, config));
    }

    private static string Finish(StringBuilder text, NominationAssessment assessment, ElectionConfig config)
    {
        var rules = config.Endorsements;
        text.AppendLine();
        text.AppendLine($"- Nominated by {assessment.Nominator}; nominee decision: {assessment.Decision.ToString().ToLowerInvariant()}.");
        text.AppendLine($"- Candidate form: {(assessment.FormComplete ? "complete" : "incomplete")}.");
        var endorsers = assessment.Endorsers.Count == 0 ? "none" : string.Join(", ", assessment.Endorsers.Select(e => $"{e.Endorser} ({e.Channel.ToString().ToLowerInvariant()}, {Instants.Format(e.At)})"));
        text.AppendLine($"- Endorsements: {assessment.Endorsers.Count} of {rules.MinEndorsers} needed: {endorsers}.");
        text.AppendLine($"- Mutually independent people among nominee and endorsers: {assessment.Independence.Size} of {rules.MinIndependent} needed{(assessment.Independence.Exact ? "" : " (at least; too many conflicts for an exact count)")}.");
        var rejected = assessment.Rejected.Where(r => r.Reason != RejectionReason.Typo).ToList();
        if (rejected.Count > 0)
        {
            text.AppendLine($"- Not counted: {string.Join("; ", rejected.Select(r => $"{r.Actor} {r.Action} ({Describe(r.Reason)})"))}.");
        }

        text.AppendLine();
        text.AppendLine("Read from the election files on the default branch; recomputed from this pull request's reviews and comments at every event. See docs/candidacy.md.");
        return text.ToString();
    }

    private static string Describe(RejectionReason reason) => reason switch
    {
        RejectionReason.NotAVoter => "not a voter",
        RejectionReason.CannotVote => "cannot vote now",
        RejectionReason.Nominee => "the nominee",
        RejectionReason.Official => "an election official",
        RejectionReason.Late => "late",
        RejectionReason.ClosedPullRequest => "pull request closed",
        RejectionReason.NotNominee => "not the nominee",
        RejectionReason.ChannelNotUsed => "channel not used",
        _ => "typo",
    };

    internal static string FirstSentence(string reason)
    {
        var end = reason.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? reason[..end] : reason.TrimEnd('.')).Replace("`", "", StringComparison.Ordinal);
    }
}
