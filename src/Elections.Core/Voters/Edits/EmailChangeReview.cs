using Elections.Core.Configuration;
using Elections.Core.Snapshots;

namespace Elections.Core.Voters.Edits;

/// <summary>
/// Decides whether a voter's pull request that changes their e-mail address may be merged automatically
/// (docs/voters.md "Changing your e-mail address"; nixos-anchor §3.9, fixing appendix A5): the roll is not
/// frozen at GitHub's timestamp of the change, the author is on the roll, the pull request changes only the
/// roll, the roll at its head passes full validation, every other voter and the audit section are unchanged
/// as data, and in the author's own entry only the address changed (with the status moving between
/// <c>active</c>, <c>no-email</c> and <c>bounced</c> → <c>active</c>). Pure: the head roll is text, never run.
/// </summary>
public static class EmailChangeReview
{
    /// <summary>Judges <paramref name="request"/> against the base roll <paramref name="roll"/> and <paramref name="config"/>.</summary>
    public static EmailChangeVerdict Judge(ElectionConfig config, VoterRoll roll, EmailChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(request);
        if (config.Timeline.IsVoterRollFrozen(request.At))
        {
            return Refused($"the voter roll froze at {config.Timeline.VoterRollFreeze} and this change was made at {request.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC; from now on only the election committee changes the roll, so write to them");
        }

        if (!roll.TryFindById(request.AuthorId, out var before))
        {
            return Refused($"@{request.AuthorLogin} (id {request.AuthorId}) is not on the voter roll, and only voters may change their own entry; if you believe you should be eligible, ask the committee for an exception");
        }

        var reasons = new List<string>();
        var others = request.ChangedPaths.Where(path => path != ElectionLayout.RollPath).Distinct(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            reasons.Add($"it changes {string.Join(", ", others.Take(5).Select(path => $"`{path}`"))}{(others.Count > 5 ? $" and {others.Count - 5} more" : "")}; an e-mail update changes only `{ElectionLayout.RollPath}`");
        }

        if (!request.ChangedPaths.Contains(ElectionLayout.RollPath, StringComparer.Ordinal))
        {
            reasons.Add($"it does not change `{ElectionLayout.RollPath}`");
            return new EmailChangeVerdict { Reasons = reasons };
        }

        var excluded = config.Eligibility.ExcludedAccounts.Select(account => account.Id).ToList();
        var head = RollCheck.Check(ElectionLayout.RollPath, request.HeadRollText, excluded, $"{ElectionLayout.ConfigPath} eligibility.excluded_accounts");
        if (head.Problems.Count > 0)
        {
            reasons.Add("the roll at the head of this pull request does not pass validation:\n" + string.Join("\n", head.Problems.Take(10).Select(problem => $"  - {problem}")));
            return new EmailChangeVerdict { Reasons = reasons };
        }

        reasons.AddRange(OtherChanges(roll, head.Roll, request.AuthorId));
        if (head.Roll.TryFindById(request.AuthorId, out var after))
        {
            reasons.AddRange(OwnEntryChanges(before, after));
        }
        else
        {
            reasons.Add($"it removes your own entry (id {request.AuthorId}); to decline your vote, ask the committee to record a waiver");
        }

        return reasons.Count > 0
            ? new EmailChangeVerdict { Reasons = reasons }
            : new EmailChangeVerdict { Reasons = [], CommitTitle = $"{ElectionLayout.RollPath}: {before.Label} updates their e-mail address" };
    }

    private static IEnumerable<string> OtherChanges(VoterRoll before, VoterRoll after, long author)
    {
        var was = Others(before, author);
        var now = Others(after, author);
        var changed = was.Except(now).Concat(now.Except(was)).Select(voter => voter.Label).Distinct(StringComparer.Ordinal).ToList();
        if (changed.Count > 0)
        {
            yield return $"it changes other voters' entries ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? $" and {changed.Count - 5} more" : "")}); you may change only your own";
        }

        if (!before.Audit.Select(entry => entry with { Line = 0 }).SequenceEqual(after.Audit.Select(entry => entry with { Line = 0 })))
        {
            yield return "it changes the audit section; only the committee records changes there";
        }
    }

    private static List<Voter> Others(VoterRoll roll, long author) =>
        [.. roll.Voters.Where(voter => voter.Id != author).Select(voter => voter with { Line = 0 })];

    private static IEnumerable<string> OwnEntryChanges(Voter before, Voter after)
    {
        if (before.Status is not (VoterStatus.Active or VoterStatus.NoEmail or VoterStatus.Bounced))
        {
            yield return $"your entry has status \"{VoterRules.ToText(before.Status)}\"; changes to it go through the committee";
            yield break;
        }

        if (!string.Equals(before.Login, after.Login, StringComparison.Ordinal) || before.Source != after.Source)
        {
            yield return "it changes your login or source; only the e-mail address may change (the committee updates logins)";
        }

        if (after.Status is not (VoterStatus.Active or VoterStatus.NoEmail))
        {
            yield return $"it sets your status to \"{VoterRules.ToText(after.Status)}\"; use \"active\" with an address, or \"no-email\" without";
        }

        if (after.Note != before.Note && after.Note.Length > 0)
        {
            yield return "it changes the note of your entry; the note is the committee's, leave it or remove it";
        }

        if (before.Status == VoterStatus.Bounced && string.Equals(before.Email, after.Email, StringComparison.OrdinalIgnoreCase) && after.Status == VoterStatus.Active)
        {
            yield return "mail to that address bounced; give a different address";
        }
        else if (string.Equals(before.Email, after.Email, StringComparison.Ordinal) && before.Status == after.Status)
        {
            yield return "your e-mail address is unchanged; there is nothing to merge";
        }
    }

    private static EmailChangeVerdict Refused(string reason) => new() { Reasons = [reason] };
}
