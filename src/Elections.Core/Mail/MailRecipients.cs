using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Mail;

/// <summary>
/// Who a mailout writes to: every voter who can vote (<see cref="VoterRules.CanVote"/>, so never a bounced or
/// waived address), one message per address whatever its case (nixos-anchor A8), optionally only some logins.
/// </summary>
public static class MailRecipients
{
    /// <summary>
    /// The recipients in roll order. <paramref name="only"/> (logins, any case) narrows them; a login that is not on
    /// the roll, or cannot be mailed, is a problem naming it.
    /// </summary>
    public static IReadOnlyList<MailRecipient> Select(VoterRoll roll, IReadOnlyCollection<string> only, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(only);
        var found = new List<Problem>();
        var wanted = new HashSet<string>(only.Select(login => login.TrimStart('@')), StringComparer.OrdinalIgnoreCase);
        foreach (var login in wanted)
        {
            if (!roll.TryFindByLogin(login, out var voter))
            {
                found.Add(new Problem("--only", 0, login, $"@{login} is not on the voter roll ({roll.File}): check the spelling"));
            }
            else if (!VoterRules.CanVote(voter))
            {
                found.Add(new Problem(roll.File, voter.Line, login, $"@{login} cannot be mailed (status {VoterRules.ToText(voter.Status)}{(voter.HasEmail ? "" : ", no address")})"));
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var recipients = new List<MailRecipient>();
        foreach (var voter in roll.Voters)
        {
            if (VoterRules.CanVote(voter) && (wanted.Count == 0 || wanted.Contains(voter.Login)) && seen.Add(voter.Email))
            {
                recipients.Add(new MailRecipient(voter.Email, voter));
            }
        }

        problems = found;
        return recipients;
    }
}
