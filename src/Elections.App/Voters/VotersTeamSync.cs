using System.Globalization;
using Elections.App.Effects;
using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Voters;
using Elections.Core.Voters.Team;

namespace Elections.App.Voters;

/// <summary>
/// Fetches what GitHub says about the voters team (members, pending and failed organization invitations,
/// organization members), lets <see cref="TeamSyncPlanner"/> decide, and turns the plan into keyed effects.
/// Shared by the push handler and <c>elections voters sync-team</c>. Keys name the roll revision, so a
/// redelivered push or a rerun workflow on the same commit never acts twice, while a later commit plans
/// afresh from GitHub's state; invitations also count the earlier expired ones, so an expired invitation
/// is renewed on the next run even on the same commit; a cancellation is keyed by the invitation alone.
/// </summary>
public sealed class VotersTeamSync(IGitHubFactory gitHub)
{
    /// <summary>The feature name of the team sync, in reports, keys and audit entries.</summary>
    public const string Feature = "voters-team";

    /// <summary>Plans the sync of <paramref name="config"/>'s voters team to <paramref name="roll"/> read at <paramref name="revision"/>.</summary>
    public async Task<TeamSyncRun> PlanAsync(GitHubCallContext call, ElectionConfig config, VoterRoll roll, string revision, int cap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(roll);
        var client = gitHub.Create(call);
        var org = config.Organization;
        var slug = config.VotersTeam;
        var name = $"{org}/{slug}";
        if (!(await client.Teams.GetAsync(org, slug, cancellationToken).ConfigureAwait(false)).TryGetValue(out var team))
        {
            return new TeamSyncRun { Team = name, Problem = $"the voters team {name} does not exist (or the token cannot see it); create it as an organization owner, with no maintainers, then run again" };
        }

        var listed = await client.Teams.ListMembersAsync(org, slug, includePending: true, cancellationToken).ConfigureAwait(false);
        var invitations = await client.Organizations.ListInvitationsAsync(org, cancellationToken).ConfigureAwait(false);
        var failed = await client.Organizations.ListFailedInvitationsAsync(org, cancellationToken).ConfigureAwait(false);
        var organization = await client.Organizations.ListMembersAsync(org, cancellationToken).ConfigureAwait(false);
        var pending = await PendingAsync(client.Users, roll, listed, invitations, cancellationToken).ConfigureAwait(false);
        var state = new TeamState
        {
            Members = [.. listed.Where(member => member.State == MembershipState.Active).Select(member => new TeamAccount(member.Id, member.Login))],
            Pending = pending,
            OrganizationMembers = [.. organization.Select(user => new TeamAccount(user.Id, user.Login))],
            Failed = [.. failed.Where(invitation => invitation.Login.Length > 0).Select(invitation => new FailedInvitation(invitation.Login, invitation.FailedAt ?? invitation.CreatedAt))],
        };
        var plan = TeamSyncPlanner.Plan(roll, [.. config.Officials.Select(official => official.Id)], state, cap);
        return new TeamSyncRun
        {
            Team = name,
            Plan = plan,
            Effects = [.. plan.Changes.Select(change => new TeamChangeEffect
            {
                IdempotencyKey = Key(name, revision, change),
                Organization = org,
                TeamSlug = slug,
                TeamId = team.Id,
                Change = change,
            })],
        };
    }

    /// <summary>
    /// The team's pending invitees with their organization invitation. GitHub lists them by login only; a login
    /// that is not on the roll is looked up, so a voter who renamed after being invited is still recognised.
    /// </summary>
    private static async Task<List<PendingInvitation>> PendingAsync(
        IGitHubUsers users, VoterRoll roll, IReadOnlyList<TeamMember> listed, IReadOnlyList<OrganizationInvitation> invitations, CancellationToken cancellationToken)
    {
        var byLogin = invitations.Where(invitation => invitation.Login.Length > 0)
            .GroupBy(invitation => invitation.Login, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var pending = new List<PendingInvitation>();
        foreach (var member in listed.Where(member => member.State == MembershipState.Pending && member.Login.Length > 0))
        {
            if (!byLogin.TryGetValue(member.Login, out var invitation))
            {
                continue;
            }

            long? id = member.Id > 0 ? member.Id : null;
            if (id is null && !roll.TryFindByLogin(member.Login, out _)
                && (await users.GetByLoginAsync(member.Login, cancellationToken).ConfigureAwait(false)).TryGetValue(out var user))
            {
                id = user.Id;
            }

            pending.Add(new PendingInvitation(invitation.Id, member.Login, id, invitation.TeamCount <= 1));
        }

        return pending;
    }

    private static string Key(string team, string revision, TeamChange change) => change.Kind switch
    {
        TeamChangeKind.CancelInvitation => string.Create(CultureInfo.InvariantCulture, $"{Feature}:{team}:cancel-invitation:{change.InvitationId}"),
        TeamChangeKind.Invite or TeamChangeKind.Reinvite => string.Create(CultureInfo.InvariantCulture, $"{Feature}:{team}:{revision}:invite:{change.Id}:after-{change.EarlierInvitations}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Feature}:{team}:{revision}:{change.Kind.ToString().ToLowerInvariant()}:{(change.Id > 0 ? change.Id : change.Login)}"),
    };
}
