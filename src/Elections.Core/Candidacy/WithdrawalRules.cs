using Elections.Core.Candidates;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// Judges a pull request that deletes a candidate file: a candidate withdrawing (issue 10 item 2; nixos-anchor §3.4).
/// It is valid when it deletes exactly one candidate file that is on the default branch, is opened by that candidate
/// (or an election official acting on the candidate's written request), and is opened before voting opens (the
/// ballot is fixed then). The <c>nomination</c> check says so: success with what merging does, or failure with each
/// reason and its fix.
/// </summary>
public static class WithdrawalRules
{
    /// <summary>The check run for <paramref name="facts"/> against <paramref name="election"/>, and the login withdrawing (empty when none).</summary>
    public static NominationCheck Check(WithdrawalFacts facts, CandidacyElection election, out string login)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(election);
        var problems = new List<PullRequestProblem>();
        var withdrawing = "";
        if (facts.Files.Count != 1 || !NominationFileRule.TryGetLogin(facts.Files[0].Path, out withdrawing))
        {
            problems.Add(new PullRequestProblem(
                $"This pull request deletes {facts.Files.Count} candidate files; one withdrawal per pull request.",
                "Each candidate withdraws with their own pull request deleting only `candidates/<login>.md`."));
            withdrawing = "";
        }
        else if (!election.Candidates.Any(c => GitHubLogin.Same(c.Login, withdrawing)))
        {
            problems.Add(new PullRequestProblem($"`{facts.Files[0].Path}` is not on the default branch: there is no candidacy of @{withdrawing} to withdraw.", "Close this pull request; an open nomination is withdrawn by closing its pull request."));
        }

        login = withdrawing;
        var officials = ElectionOfficials.Of(election.Config);
        var byCandidate = login.Length > 0 && (GitHubLogin.Same(facts.Author.Login, login)
            || (election.Roll.TryFindByLogin(login, out var candidate) && candidate.Id == facts.Author.Id));
        if (login.Length > 0 && !byCandidate && !officials.Includes(facts.Author.Id, facts.Author.Login))
        {
            problems.Add(new PullRequestProblem($"Only @{login} (or an election official, on their written request) can withdraw @{login}'s candidacy; this pull request is by {facts.Author}.", $"Close this pull request; @{login} opens their own."));
        }

        var opens = election.Config.Timeline.VotingOpens;
        if (facts.CreatedAt >= opens.Instant)
        {
            problems.Add(new PullRequestProblem($"This pull request was opened at {Instants.Format(facts.CreatedAt)}, after the ballot was fixed when voting opened on {opens}.", "The committee decides how a withdrawal during voting is announced; the ballot stays as it is."));
        }

        if (problems.Count > 0)
        {
            var text = string.Join("\n", problems.Select(p => $"- {p.Reason} **Fix:** {p.Fix}"));
            return new NominationCheck(CheckConclusion.Failure, $"Invalid withdrawal: {NominationCheckText.FirstSentence(problems[0].Reason)}", $"This withdrawal pull request cannot be merged as it is:\n\n{text}\n");
        }

        return new NominationCheck(
            CheckConclusion.Success,
            $"@{login} withdraws from the election",
            $"Merging this pull request deletes `{facts.Files[0].Path}`: @{login} is then no longer a candidate. The committee merges it; the candidates' status issue follows.\n");
    }
}
