using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Elections.Core.Validation;

namespace Elections.Core.Voters.Edits;

/// <summary>
/// Applies a committee decision to the roll (docs/voters.md "Changing the roll"; nixos-anchor §3.1 exceptions
/// and waivers, §3.8 revocations; the 2024 election made these as bare commits). Each change adds an audit
/// line and yields a commit message stating the reason. A change that makes no sense for the voter's
/// current state (waiving twice, adding someone already listed) is refused here; the caller validates
/// the resulting roll in full with <see cref="RollCheck"/>.
/// </summary>
public static class RollEditor
{
    /// <summary>Applies <paramref name="edit"/> to <paramref name="roll"/>; false with the reasons when refused.</summary>
    public static bool TryApply(VoterRoll roll, RollEdit edit, [NotNullWhen(true)] out RollEditResult? result, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(edit);
        result = null;
        var refused = new List<Problem>();
        problems = refused;
        if (edit.Reason.Trim().Length == 0)
        {
            refused.Add(Command("--reason", "give the committee's reason; it goes into the audit line and the commit message"));
            return false;
        }

        if (edit.Kind == RollChangeKind.Exception)
        {
            return TryAdd(roll, edit, refused, out result);
        }

        if (!TryFind(roll, edit.Target, out var index))
        {
            refused.Add(Command(Verb(edit.Kind), $"\"{edit.Target}\" is not on {roll.File} (looked for an id or a login, ignoring case); check the spelling, or use `elections voters except` to add someone"));
            return false;
        }

        var before = roll.Voters[index];
        var at = new Problem(roll.File, before.Line, $"voters[{index}]", "");
        if (!TryChange(before, edit, at, refused, out var after))
        {
            return false;
        }

        var voters = roll.Voters.ToList();
        voters[index] = after;
        result = Result(roll, edit, voters, after, before.Id);
        return true;
    }

    private static bool TryAdd(VoterRoll roll, RollEdit edit, List<Problem> refused, [NotNullWhen(true)] out RollEditResult? result)
    {
        result = null;
        if (edit.NewId is not { } id)
        {
            refused.Add(Command("LOGIN|ID", "an exception needs the person's numeric GitHub id (find it with `gh api /users/LOGIN --jq .id`)"));
            return false;
        }

        var existing = roll.Voters.Select((voter, index) => (voter, index)).FirstOrDefault(pair => pair.voter.Id == id);
        if (existing.voter is { } listed)
        {
            refused.Add(new Problem(roll.File, listed.Line, $"voters[{existing.index}].id", $"{listed.Label} is already on the roll (status \"{VoterRules.ToText(listed.Status)}\", source \"{Source(listed)}\"); an exception adds someone who is not"));
            return false;
        }

        var voter = new Voter
        {
            Id = id,
            Login = edit.NewLogin,
            Email = edit.Email,
            Source = VoterSource.Exception(edit.Reason),
            Status = edit.Email.Length > 0 ? VoterStatus.Active : VoterStatus.NoEmail,
        };
        var voters = roll.Voters.ToList();
        var position = voters.FindIndex(other => other.Id > id);
        voters.Insert(position < 0 ? voters.Count : position, voter);
        result = Result(roll, edit, voters, voter, null);
        return true;
    }

    private static bool TryChange(Voter before, RollEdit edit, Problem at, List<Problem> refused, [NotNullWhen(true)] out Voter? after)
    {
        after = null;
        var status = VoterRules.ToText(before.Status);
        var note = $"{edit.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {edit.Reason}";
        switch (edit.Kind)
        {
            case RollChangeKind.Waiver when before.Status == VoterStatus.Waived:
                refused.Add(at with { Field = at.Field + ".status", Message = $"{before.Label} has already waived the vote; nothing to change" });
                return false;
            case RollChangeKind.Waiver:
                after = before with { Status = VoterStatus.Waived, Note = $"Waived the vote on {note}" };
                return true;
            case RollChangeKind.OptOut when before.Status != VoterStatus.Active:
                refused.Add(at with { Field = at.Field + ".status", Message = $"{before.Label} is \"{status}\"; only active voters (with an address) can opt out of the team and keep the vote. Set an address first, or use `elections voters waive`" });
                return false;
            case RollChangeKind.OptOut:
                after = before with { Status = VoterStatus.OptedOut, Note = $"Opted out of the voters team on {note}" };
                return true;
            case RollChangeKind.Revocation when before.Status == VoterStatus.AccessRevoked:
                refused.Add(at with { Field = at.Field + ".status", Message = $"{before.Label}'s access is already revoked; nothing to change" });
                return false;
            case RollChangeKind.Revocation when before.Status is VoterStatus.Waived or VoterStatus.AccountDeleted:
                refused.Add(at with { Field = at.Field + ".status", Message = $"{before.Label} is \"{status}\" and not in the voters team; there is no access to revoke" });
                return false;
            case RollChangeKind.Revocation:
                after = before with { Status = VoterStatus.AccessRevoked, Note = $"Repository access revoked on {note}" };
                return true;
            case RollChangeKind.AccountMove:
                return TryMove(before, edit, at, refused, out after);
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit.Kind, "not a change to an existing voter");
        }
    }

    private static bool TryMove(Voter before, RollEdit edit, Problem at, List<Problem> refused, [NotNullWhen(true)] out Voter? after)
    {
        after = null;
        if (edit.NewId is not { } id)
        {
            refused.Add(Command("NEW", "give the new account as a numeric id or a login"));
            return false;
        }

        if (before.Id == id)
        {
            refused.Add(at with { Field = at.Field + ".id", Message = $"{before.Label} already has id {id}; for a renamed login nothing needs moving (ids do not change), edit \"login\" instead" });
            return false;
        }

        if (!RollAuditReader.IsWebLink(edit.Proof))
        {
            refused.Add(Command("--proof", "an account move needs an http(s) link proving both accounts are the same person (e.g. a comment from the old account, or the committee's decision)"));
            return false;
        }

        after = before with
        {
            Id = id,
            Login = edit.NewLogin.Length > 0 ? edit.NewLogin : before.Login,
            Status = before.Status == VoterStatus.AccountDeleted && before.HasEmail ? VoterStatus.Active : before.Status,
            Note = before.Status == VoterStatus.AccountDeleted ? "" : before.Note,
        };
        return true;
    }

    private static RollEditResult Result(VoterRoll roll, RollEdit edit, List<Voter> voters, Voter changed, long? previousId)
    {
        var entry = new RollAuditEntry
        {
            At = edit.At,
            Action = edit.Kind,
            Id = changed.Id,
            PreviousId = edit.Kind == RollChangeKind.AccountMove ? previousId : null,
            Login = changed.Login,
            Reason = edit.Reason,
            By = edit.By,
            Proof = edit.Proof,
        };
        var title = edit.Kind switch
        {
            RollChangeKind.Exception => $"{roll.File}: exception for {changed.Label}",
            RollChangeKind.Waiver => $"{roll.File}: {changed.Label} waives the vote",
            RollChangeKind.OptOut => $"{roll.File}: {changed.Label} opts out of the voters team",
            RollChangeKind.Revocation => $"{roll.File}: revoke repository access of {changed.Label}",
            _ => $"{roll.File}: move {changed.Label} from id {previousId?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}",
        };
        var message = new StringBuilder(title).Append("\n\nReason: ").Append(edit.Reason).Append('\n');
        if (edit.By.Length > 0)
        {
            message.Append(CultureInfo.InvariantCulture, $"Decided by: @{edit.By}\n");
        }

        message.Append(CultureInfo.InvariantCulture, $"Date: {edit.At:yyyy-MM-dd}\n");
        if (edit.Proof.Length > 0)
        {
            message.Append(CultureInfo.InvariantCulture, $"Proof: {edit.Proof}\n");
        }

        message.Append(CultureInfo.InvariantCulture, $"\nRecorded in the audit section of {roll.File} (`elections voters {Verb(edit.Kind)}`).\n");
        return new RollEditResult
        {
            Voters = voters,
            Audit = [.. roll.Audit, entry],
            Changed = changed,
            CommitTitle = title,
            CommitMessage = message.ToString(),
        };
    }

    private static bool TryFind(VoterRoll roll, string target, out int index)
    {
        var byId = long.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        for (index = 0; index < roll.Voters.Count; index++)
        {
            var voter = roll.Voters[index];
            if (byId ? voter.Id == id : voter.Login.Length > 0 && string.Equals(voter.Login, target.TrimStart('@'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The command that makes <paramref name="kind"/>, e.g. <c>move-account</c>.</summary>
    public static string Verb(RollChangeKind kind) => kind switch
    {
        RollChangeKind.Exception => "except",
        RollChangeKind.Waiver => "waive",
        RollChangeKind.OptOut => "opt-out",
        RollChangeKind.Revocation => "revoke",
        _ => "move-account",
    };

    private static string Source(Voter voter) => voter.Source.Kind == VoterSourceKind.Automatic ? "automatic" : "exception";

    private static Problem Command(string field, string message) => new("command line", 0, field, message);
}
