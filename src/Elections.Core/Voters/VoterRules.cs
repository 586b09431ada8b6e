namespace Elections.Core.Voters;

/// <summary>
/// What each <see cref="VoterStatus"/> means for voting and for the voters team (docs/voters.md
/// "Statuses"; nixos-anchor §2.1 table, §3.8 team maintenance).
/// </summary>
public static class VoterRules
{
    /// <summary>
    /// True when the voter receives a ballot: active, access-revoked, account-deleted and opted-out voters
    /// with an address on record. No-email, bounced and waived voters cannot vote.
    /// </summary>
    public static bool CanVote(Voter voter)
    {
        ArgumentNullException.ThrowIfNull(voter);
        return voter.HasEmail && voter.Status is VoterStatus.Active or VoterStatus.AccessRevoked or VoterStatus.AccountDeleted or VoterStatus.OptedOut;
    }

    /// <summary>
    /// True when the voter belongs in the GitHub voters team: active, no-email and bounced voters
    /// with a GitHub id (so they are notified and can fix their address). Waived, access-revoked,
    /// account-deleted and opted-out voters are not in the team.
    /// </summary>
    public static bool BelongsInTeam(Voter voter)
    {
        ArgumentNullException.ThrowIfNull(voter);
        return voter.Id.HasValue && voter.Status is VoterStatus.Active or VoterStatus.NoEmail or VoterStatus.Bounced;
    }

    /// <summary>
    /// True when the voter may stand as a candidate: only active voters, because a nominee must be
    /// reachable by e-mail for the form and take part on GitHub (nixos-anchor §3.2).
    /// </summary>
    public static bool CanBeCandidate(Voter voter)
    {
        ArgumentNullException.ThrowIfNull(voter);
        return voter.Status == VoterStatus.Active && voter.HasEmail && voter.Id.HasValue;
    }

    /// <summary>The spelling of <paramref name="status"/> in <c>voters.json</c>, e.g. <c>no-email</c>.</summary>
    public static string ToText(VoterStatus status) => status switch
    {
        VoterStatus.Active => "active",
        VoterStatus.NoEmail => "no-email",
        VoterStatus.Bounced => "bounced",
        VoterStatus.Waived => "waived",
        VoterStatus.AccessRevoked => "access-revoked",
        VoterStatus.AccountDeleted => "account-deleted",
        VoterStatus.OptedOut => "opted-out",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown voter status"),
    };

    /// <summary>Every status spelling accepted in <c>voters.json</c>, in documentation order.</summary>
    public static IReadOnlyList<string> StatusTexts { get; } =
        [.. Enum.GetValues<VoterStatus>().Select(ToText)];

    /// <summary>Parses a status spelling (exact, lower case).</summary>
    public static bool TryParseStatus(string text, out VoterStatus status)
    {
        foreach (var value in Enum.GetValues<VoterStatus>())
        {
            if (string.Equals(ToText(value), text, StringComparison.Ordinal))
            {
                status = value;
                return true;
            }
        }

        status = default;
        return false;
    }
}
