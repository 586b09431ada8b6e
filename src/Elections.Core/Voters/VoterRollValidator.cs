using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>
/// The voter-roll rules that span fields and voters (docs/voters.md "Validation"; fixes
/// nixos-anchor appendix A5): unique ids, unique logins and e-mails ignoring case, addresses that
/// OpaVote and CIVS accept (<see cref="EmailAddressRule"/>), no excluded id (constitution: bots and
/// banned accounts are not eligible), and statuses consistent with the fields.
/// </summary>
public static class VoterRollValidator
{
    /// <summary>
    /// Checks <paramref name="roll"/>; <paramref name="excludedIds"/> come from the election config,
    /// named <paramref name="excludedSource"/> in messages (e.g. <c>config/election.yml excluded_ids</c>).
    /// Returns every problem, in file order.
    /// </summary>
    public static IReadOnlyList<Problem> Validate(VoterRoll roll, IReadOnlyCollection<long> excludedIds, string excludedSource)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(excludedIds);
        var problems = new List<Problem>();
        var excluded = excludedIds.ToHashSet();
        var ids = new Dictionary<long, int>();
        var logins = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < roll.Voters.Count; index++)
        {
            var voter = roll.Voters[index];
            var at = new Place(roll.File, voter.Line, $"voters[{index}]");
            if (voter.Id is { } id)
            {
                if (excluded.Contains(id))
                {
                    problems.Add(at.Problem("id", $"{voter.Label} is excluded by {excludedSource} (bots and banned accounts cannot vote); remove this voter"));
                }

                if (!ids.TryAdd(id, voter.Line))
                {
                    problems.Add(at.Problem("id", $"id {id} is already used on line {ids[id]}; each person appears once, so merge the two entries"));
                }
            }

            if (voter.Login.Length > 0 && !logins.TryAdd(voter.Login, voter.Line))
            {
                problems.Add(at.Problem("login", $"login \"{voter.Login}\" is already used on line {logins[voter.Login]} (logins ignore case); fix the stale one"));
            }

            if (voter.HasEmail)
            {
                if (!EmailAddressRule.IsAcceptable(voter.Email, out var reason))
                {
                    problems.Add(at.Problem("email", $"{reason} (OpaVote and CIVS must accept it; see docs/voters.md)"));
                }
                else if (!emails.TryAdd(voter.Email, voter.Line))
                {
                    problems.Add(at.Problem("email", $"\"{voter.Email}\" is already used on line {emails[voter.Email]} (addresses ignore case); each voter needs their own address"));
                }
            }

            problems.AddRange(StatusProblems(voter, at));
        }

        return problems;
    }

    private static IEnumerable<Problem> StatusProblems(Voter voter, Place at)
    {
        var status = VoterRules.ToText(voter.Status);
        var needsEmail = voter.Status is VoterStatus.Active or VoterStatus.Bounced or VoterStatus.AccessRevoked or VoterStatus.AccountDeleted or VoterStatus.OptedOut;
        if (needsEmail && !voter.HasEmail)
        {
            yield return at.Problem("email", voter.Status == VoterStatus.Bounced
                ? "a bounced voter keeps the address that failed; put it back, or use status \"no-email\""
                : $"status \"{status}\" needs an e-mail address; add one or use status \"no-email\"");
        }

        if (voter.Status == VoterStatus.NoEmail && voter.HasEmail)
        {
            yield return at.Problem("status", "is \"no-email\" but an address is given; set the status to \"active\" or remove the address");
        }

        if (voter.Status is VoterStatus.Bounced or VoterStatus.AccessRevoked && voter.Note.Trim().Length == 0)
        {
            yield return at.Problem("note", $"status \"{status}\" needs a note saying what happened and when");
        }

        if (!voter.Id.HasValue && voter.Status is not (VoterStatus.AccountDeleted or VoterStatus.AccessRevoked))
        {
            yield return at.Problem("id", $"missing; status \"{status}\" needs the numeric GitHub id (only account-deleted and access-revoked voters may lack one); find it with `gh api /users/LOGIN --jq .id`");
        }

        if (!voter.Id.HasValue && voter.Login.Length == 0 && !voter.HasEmail)
        {
            yield return at.Problem("login", "a voter without an id needs a login or an e-mail address to be recognised");
        }
    }

    private readonly record struct Place(string File, int Line, string Path)
    {
        public Problem Problem(string field, string message) => new(File, Line, $"{Path}.{field}", message);
    }
}
