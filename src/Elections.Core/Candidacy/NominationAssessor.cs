using Elections.Core.Candidates;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// Judges one nomination pull request from its facts and the base-branch election (issue 10 items 1–3
/// and 5): the pull-request rules, the replayed actions, the form, independence, then the status, what
/// is missing, the <c>nomination</c> check run and the labels. Pure and total: every input gives an answer.
/// </summary>
public static class NominationAssessor
{
    /// <summary>The assessment of <paramref name="facts"/> against <paramref name="election"/>.</summary>
    public static NominationAssessment Assess(NominationFacts facts, CandidacyElection election)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(election);
        var problems = PullRequestRules.Check(facts, election, out var login, out var nominee);
        var ledger = ActionLedger.Replay(facts, election, login, nominee?.Id);
        var decision = facts.State == PullRequestState.Closed ? NomineeDecision.Withdrawn : ledger.Decision;
        var formProblems = FormProblems(facts, login);
        var endorsers = ledger.Endorsers;
        var people = nominee?.Id is { } nomineeId ? [nomineeId, .. endorsers.Select(e => e.Endorser.Id)] : endorsers.Select(e => e.Endorser.Id).ToList();
        var independence = Independence.Maximum(people, election.ConflictGroups);
        var rules = election.Config.Endorsements;
        var ruleMet = endorsers.Count >= rules.MinEndorsers && independence.Size >= rules.MinIndependent;
        var missing = new List<Missing>();
        if (problems.Count == 0 && decision is NomineeDecision.Waiting)
        {
            missing.Add(new Missing(Missing.Acceptance, $"@{login} has not accepted yet: they write `{election.Config.Nominations.AcceptCommand}` in a comment here."));
        }

        if (problems.Count == 0 && decision is NomineeDecision.Waiting or NomineeDecision.Accepted)
        {
            if (formProblems.Count > 0)
            {
                missing.Add(new Missing(Missing.Form, $"The candidate form in `candidates/{login}.md` is incomplete: {string.Join("; ", formProblems)}."));
            }

            if (endorsers.Count < rules.MinEndorsers)
            {
                missing.Add(new Missing(Missing.Endorsements, $"{endorsers.Count} of {rules.MinEndorsers} endorsements: {rules.MinEndorsers - endorsers.Count} more needed."));
            }

            if (independence.Size < rules.MinIndependent)
            {
                missing.Add(new Missing(Missing.Independence, $"{independence.Size} of {rules.MinIndependent} mutually independent people among the nominee and endorsers: {rules.MinIndependent - independence.Size} more needed."));
            }
        }

        var status = problems.Count > 0 || decision is NomineeDecision.Declined or NomineeDecision.Withdrawn
            ? NominationStatus.Invalid
            : missing.Count == 0 ? NominationStatus.Confirmed : NominationStatus.Pending;
        var assessment = new NominationAssessment
        {
            Number = facts.Number,
            NomineeLogin = nominee?.Login is { Length: > 0 } rollLogin ? rollLogin : login,
            NomineeId = nominee?.Id,
            Nominator = facts.Author,
            Decision = decision,
            FormComplete = formProblems.Count == 0,
            FormProblems = formProblems,
            Endorsers = endorsers,
            Rejected = ledger.Rejected,
            Independence = independence,
            EndorsementRuleMet = ruleMet,
            Problems = problems,
            Status = status,
            Missing = missing,
            Check = new NominationCheck(CheckConclusion.Neutral, "", ""),
            Labels = new NominationLabels(problems.Count == 0, problems.Count == 0 && decision == NomineeDecision.Accepted, problems.Count == 0 && ruleMet),
            Replies = [.. ledger.Replies, .. LateReopen(facts, election)],
        };
        return assessment with { Check = NominationCheckText.For(assessment, election.Config) };
    }

    /// <summary>
    /// One reply when an open pull request was reopened at or after <c>nominations_close</c> (by GitHub's timestamp of the
    /// reopen), naming the deadline as <c>elections status</c> writes it; keyed by the reopen, so a later late reopen is told again.
    /// </summary>
    private static IEnumerable<NominationReply> LateReopen(NominationFacts facts, CandidacyElection election)
    {
        var close = election.Config.Timeline.NominationsClose;
        if (facts.State == PullRequestState.Open && facts.ReopenedAt is { } reopened && reopened >= close.Instant && facts.CreatedAt < close.Instant)
        {
            yield return new NominationReply(
                ActionSource.PullRequest,
                facts.Number,
                $"reopened-late-{reopened.ToUnixTimeSeconds()}",
                $"@{facts.Author.Login}, this pull request was reopened at {Instants.Format(reopened)}, after nominations closed on {close}, so the nomination does not stand again. The committee decides any exception.");
        }
    }

    private static List<string> FormProblems(NominationFacts facts, string login)
    {
        if (facts.HeadFile is not { } file)
        {
            return login.Length > 0 ? [$"`candidates/{login}.md` could not be read"] : ["no candidate file"];
        }

        var problems = file.Problems.Select(p => p.Line > 0 ? $"line {p.Line}: {p.Field}: {p.Message}" : p.Message).ToList();
        var form = file.Candidate;
        problems.AddRange(form.MissingFields.Select(field => $"`{field}` is missing"));
        if (form.Form.GitHub.Length > 0 && login.Length > 0 && !GitHubLogin.Same(form.Form.GitHub, login))
        {
            problems.Add($"`github` says @{form.Form.GitHub} but the file is for @{login}");
        }

        if (problems.Count == 0 && form.State != NominationState.FormComplete)
        {
            problems.Add("the form is empty; fill in the front matter and the motivation (docs/candidates.md)");
        }

        return problems;
    }
}
