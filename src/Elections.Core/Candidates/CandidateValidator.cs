using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Candidates;

/// <summary>
/// Checks candidate files against the roll and the officials (docs/candidates.md "Validation";
/// nixos-anchor §3.2, appendix A10): the file name is a voter's login (ignoring case), the
/// nominee can be a candidate (an active voter with an address), is not an election official,
/// the form's GitHub handle matches the file, and no two files name the same person.
/// </summary>
public static class CandidateValidator
{
    /// <summary>Returns every problem across <paramref name="candidates"/>, in file order.</summary>
    public static IReadOnlyList<Problem> Validate(IReadOnlyList<CandidateFile> candidates, VoterRoll roll, ElectionOfficials officials)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(officials);
        var problems = new List<Problem>();
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            var login = candidate.Login;
            if (!GitHubLogin.IsWellFormed(login))
            {
                problems.Add(new Problem(candidate.File, 0, "file name", $"\"{login}\" is not a GitHub login; name the file <login>.md after the nominee's login in {roll.File}"));
                continue;
            }

            if (!files.TryAdd(login, candidate.File))
            {
                problems.Add(new Problem(candidate.File, 0, "file name", $"names the same person as {files[login]} (logins ignore case); delete one of the two files"));
            }

            problems.AddRange(NomineeProblems(candidate, roll, officials));
            if (candidate.Form.GitHub.Length > 0 && !GitHubLogin.Same(candidate.Form.GitHub, login))
            {
                var line = candidate.Form.Lines.GetValueOrDefault("github");
                problems.Add(new Problem(candidate.File, line, "github", $"says @{candidate.Form.GitHub} but the file is for @{login}; fix the handle or rename the file"));
            }
        }

        return problems;
    }

    private static IEnumerable<Problem> NomineeProblems(CandidateFile candidate, VoterRoll roll, ElectionOfficials officials)
    {
        if (!roll.TryFindByLogin(candidate.Login, out var voter))
        {
            if (officials.Includes(null, candidate.Login))
            {
                yield return new Problem(candidate.File, 0, "file name", $"@{candidate.Login} is an election official ({officials.Source}); officials cannot be candidates, so delete this file");
            }

            yield return new Problem(candidate.File, 0, "file name", $"no voter in {roll.File} has the login \"{candidate.Login}\"; only voters can be nominated, so name the file after the nominee's login as listed there");
            yield break;
        }

        if (officials.Includes(voter.Id, voter.Login))
        {
            yield return new Problem(candidate.File, 0, "file name", $"@{voter.Login} is an election official ({officials.Source}); officials cannot be candidates, so delete this file");
        }

        if (!VoterRules.CanBeCandidate(voter))
        {
            yield return new Problem(candidate.File, 0, "file name", $"@{voter.Login} is {VoterRules.ToText(voter.Status)}{(voter.HasEmail ? "" : " without an e-mail address")} in {roll.File} line {voter.Line}; only active voters with an address can be candidates");
        }
    }
}
