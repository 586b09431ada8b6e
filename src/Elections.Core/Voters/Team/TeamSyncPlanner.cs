namespace Elections.Core.Voters.Team;

/// <summary>
/// Plans the voters team from the roll and what GitHub reports (nixos-anchor §3.8 team maintenance, appendix
/// A6): voters who belong in the team (<see cref="VoterRules.BelongsInTeam"/>) minus members minus pending
/// invitations are added (organization members) or invited (everyone else; again after an invitation
/// expired, up to <see cref="MaxInvitations"/> times); members and pending invitations of people who do not
/// belong are removed or cancelled, except the election's officials, who are never removed. Identity is the
/// numeric id; logins only match pending invitations, which GitHub lists by login. At most the cap of
/// changes per run, removals first; the rest is deferred. Pure: no I/O, no clock.
/// </summary>
public static class TeamSyncPlanner
{
    /// <summary>A voter whose invitations expired this many times is not invited again automatically.</summary>
    public const int MaxInvitations = 3;

    /// <summary>Plans the changes; <paramref name="officialIds"/> are never removed; <paramref name="cap"/> is at least 1.</summary>
    public static TeamSyncPlan Plan(VoterRoll roll, IReadOnlyCollection<long> officialIds, TeamState state, int cap)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(officialIds);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        var wanted = roll.Voters.Where(VoterRules.BelongsInTeam).GroupBy(voter => voter.Id!.Value).ToDictionary(group => group.Key, group => group.First());
        var onRoll = roll.Voters.Where(voter => voter.Id.HasValue).GroupBy(voter => voter.Id!.Value).ToDictionary(group => group.Key, group => group.First());
        var byLogin = roll.Voters.Where(voter => voter.Id.HasValue && voter.Login.Length > 0)
            .GroupBy(voter => voter.Login, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Id!.Value, StringComparer.OrdinalIgnoreCase);
        var members = state.Members.Select(member => member.Id).ToHashSet();
        var organization = state.OrganizationMembers.GroupBy(member => member.Id).ToDictionary(group => group.Key, group => group.First().Login);
        var pendingFor = new HashSet<long>();
        var removals = new List<TeamChange>();
        var additions = new List<TeamChange>();
        var notices = new List<string>();

        foreach (var invitation in state.Pending)
        {
            var invitee = invitation.InviteeId ?? (byLogin.TryGetValue(invitation.Login, out var id) ? id : 0);
            if (invitee != 0 && wanted.ContainsKey(invitee))
            {
                pendingFor.Add(invitee);
            }
            else if (invitee != 0 && officialIds.Contains(invitee))
            {
                notices.Add($"@{invitation.Login} ({invitee}) is an official with a pending invitation that is not on the roll; left alone");
            }
            else
            {
                removals.Add(new TeamChange
                {
                    Kind = invitation.OnlyThisTeam ? TeamChangeKind.CancelInvitation : TeamChangeKind.WithdrawFromInvitation,
                    Id = invitee,
                    Login = invitation.Login,
                    InvitationId = invitation.InvitationId,
                    Reason = WhyNot(invitee, onRoll),
                });
            }
        }

        foreach (var member in state.Members.Where(member => !wanted.ContainsKey(member.Id)))
        {
            if (officialIds.Contains(member.Id))
            {
                notices.Add($"@{member.Login} ({member.Id}) is an official and stays in the team although not a voter");
                continue;
            }

            removals.Add(new TeamChange { Kind = TeamChangeKind.Remove, Id = member.Id, Login = member.Login, Reason = WhyNot(member.Id, onRoll) });
        }

        foreach (var (id, voter) in wanted)
        {
            if (members.Contains(id) || pendingFor.Contains(id))
            {
                continue;
            }

            if (organization.TryGetValue(id, out var login))
            {
                additions.Add(new TeamChange { Kind = TeamChangeKind.Add, Id = id, Login = login, Reason = "voter and organization member" });
                continue;
            }

            var earlier = voter.Login.Length == 0 ? 0 : state.Failed.Count(failed => string.Equals(failed.Login, voter.Login, StringComparison.OrdinalIgnoreCase));
            if (earlier >= MaxInvitations)
            {
                notices.Add($"{voter.Label}: {earlier} invitations expired or failed; not invited again automatically. Contact them, or record an opt-out (`elections voters opt-out`)");
                continue;
            }

            additions.Add(new TeamChange
            {
                Kind = earlier == 0 ? TeamChangeKind.Invite : TeamChangeKind.Reinvite,
                Id = id,
                Login = voter.Login,
                EarlierInvitations = earlier,
                Reason = earlier == 0 ? "voter, not yet invited" : $"voter; {earlier} earlier invitation(s) expired or failed",
            });
        }

        var all = removals.Concat(additions.OrderBy(change => change.Kind)).ToList();
        return new TeamSyncPlan
        {
            Changes = [.. all.Take(cap)],
            Deferred = [.. all.Skip(cap)],
            Notices = notices,
            Cap = cap,
            Wanted = wanted.Count,
            Members = wanted.Keys.Count(members.Contains),
            Pending = pendingFor.Count(id => !members.Contains(id)),
        };
    }

    private static string WhyNot(long id, Dictionary<long, Voter> onRoll) =>
        id != 0 && onRoll.TryGetValue(id, out var voter)
            ? $"on the roll as \"{VoterRules.ToText(voter.Status)}\", which is not in the voters team"
            : "not on the roll";
}
