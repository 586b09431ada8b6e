using Elections.Core.Candidates;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// The rules a nomination pull request itself must meet, each failure with its reason and fix (issue 10
/// item 1; nixos-anchor §3.2, appendix A10): one new candidate file, a nominee who can be a candidate and is
/// neither an official nor excluded, a nominator who is a voter, self-nomination allowed, opened (and
/// reopened) within the nomination window, and the first pull request for this nominee.
/// </summary>
public static class PullRequestRules
{
    /// <summary>Every problem of <paramref name="facts"/> against <paramref name="election"/>, and the nominee's login and roll entry when known.</summary>
    public static IReadOnlyList<PullRequestProblem> Check(NominationFacts facts, CandidacyElection election, out string nomineeLogin, out Voter? nominee)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(election);
        var problems = new List<PullRequestProblem>();
        nominee = null;
        if (!NominationFileRule.TryGetNominee(facts.Files, out nomineeLogin, out var fileProblem))
        {
            problems.Add(fileProblem!);
        }

        if (nomineeLogin.Length > 0)
        {
            nominee = NomineeProblems(nomineeLogin, election, problems);
            SameNomineeProblems(facts, nomineeLogin, election, problems);
        }

        NominatorProblems(facts, nomineeLogin, election, problems);
        WindowProblems(facts, election, problems);
        return problems;
    }

    private static Voter? NomineeProblems(string login, CandidacyElection election, List<PullRequestProblem> problems)
    {
        var officials = ElectionOfficials.Of(election.Config);
        var roll = election.Roll.File;
        if (!election.Roll.TryFindByLogin(login, out var voter))
        {
            problems.Add(officials.Includes(null, login)
                ? new PullRequestProblem($"@{login} is an election official; officials cannot be candidates.", "Close this pull request.")
                : new PullRequestProblem(
                    $"No voter in `{roll}` has the login `{login}` (a misspelt, renamed or deleted account, or someone who is not a voter).",
                    $"Name the file after the nominee's current login exactly as `{roll}` lists it; only voters can be nominated."));
            return null;
        }

        if (officials.Includes(voter.Id, voter.Login))
        {
            problems.Add(new PullRequestProblem($"@{voter.Login} is an election official ({officials.Source}); officials cannot be candidates.", "Close this pull request."));
        }

        if (voter.Id is { } id && election.Config.Eligibility.ExcludedAccounts.FirstOrDefault(a => a.Id == id) is { } excluded)
        {
            problems.Add(new PullRequestProblem($"@{voter.Login} is excluded from this election ({excluded.Reason}).", "Close this pull request; excluded accounts cannot be candidates."));
        }
        else if (!VoterRules.CanBeCandidate(voter))
        {
            problems.Add(new PullRequestProblem(
                $"@{voter.Login} is {VoterRules.ToText(voter.Status)}{(voter.HasEmail ? "" : " without an e-mail address")} in `{roll}`; only active voters with an address can be candidates.",
                voter.HasEmail ? "Ask the committee about the nominee's voter status." : $"The nominee adds their e-mail address to `{roll}` first (see docs/voters.md), then this pull request is checked again."));
        }

        return voter;
    }

    private static void SameNomineeProblems(NominationFacts facts, string login, CandidacyElection election, List<PullRequestProblem> problems)
    {
        if (election.Candidates.FirstOrDefault(c => GitHubLogin.Same(c.Login, login)) is { } existing)
        {
            problems.Add(new PullRequestProblem($"@{login} is already nominated: `{existing.File}` is on the default branch.", "Close this pull request; the nomination already stands."));
        }

        var first = election.OpenNominations
            .Where(n => n.Number != facts.Number && n.Number < facts.Number && GitHubLogin.Same(n.NomineeLogin, login))
            .OrderBy(n => n.Number)
            .FirstOrDefault();
        if (first is not null)
        {
            problems.Add(new PullRequestProblem($"@{login} is already nominated in #{first.Number}.", $"Close this pull request and endorse the nomination in #{first.Number} instead."));
        }
    }

    private static void NominatorProblems(NominationFacts facts, string nomineeLogin, CandidacyElection election, List<PullRequestProblem> problems)
    {
        var author = facts.Author;
        if (!election.Roll.TryFindById(author.Id, out var voter))
        {
            problems.Add(new PullRequestProblem($"The nominator {author} is not on the voter roll `{election.Roll.File}`; only voters can nominate.", "Ask a voter to open the nomination, or request a voter exception from the committee."));
        }
        else if (!VoterRules.CanVote(voter))
        {
            problems.Add(new PullRequestProblem($"The nominator {author} is {VoterRules.ToText(voter.Status)} in `{election.Roll.File}` and cannot vote now; only voters who can vote can nominate.", "Add an e-mail address to your voter entry (docs/voters.md), then push to this pull request or reopen it."));
        }

        if (!election.Config.Nominations.SelfNomination && nomineeLogin.Length > 0 && GitHubLogin.Same(author.Login, nomineeLogin))
        {
            problems.Add(new PullRequestProblem("Self-nomination is not allowed in this election.", "Ask another voter to nominate you."));
        }
    }

    private static void WindowProblems(NominationFacts facts, CandidacyElection election, List<PullRequestProblem> problems)
    {
        var timeline = election.Config.Timeline;
        if (facts.CreatedAt < timeline.Kickoff.Instant)
        {
            problems.Add(new PullRequestProblem($"This pull request was opened at {Instants.Format(facts.CreatedAt)}, before nominations opened on {timeline.Kickoff}.", "Close it and open a new one once nominations are open."));
        }
        else if (facts.CreatedAt >= timeline.NominationsClose.Instant)
        {
            problems.Add(new PullRequestProblem($"This pull request was opened at {Instants.Format(facts.CreatedAt)}, after nominations closed on {timeline.NominationsClose}.", "Nominations are closed; the committee decides any exception."));
        }
        else if (facts.ReopenedAt is { } reopened && reopened >= timeline.NominationsClose.Instant)
        {
            problems.Add(new PullRequestProblem($"This pull request was reopened at {Instants.Format(reopened)}, after nominations closed on {timeline.NominationsClose}; a withdrawn nomination cannot come back late.", "Nominations are closed; the committee decides any exception."));
        }
    }
}
