using System.Globalization;
using Elections.App.Ports.GitHub;
using Elections.Core.Voters.Team;

namespace Elections.App.Effects;

/// <summary>
/// Applies a <see cref="TeamChangeEffect"/> through the GitHub port. Every call is idempotent on GitHub's side
/// or its refusal is an outcome, not a failure: an invitation GitHub refuses with 422 (already a member or
/// invited, e.g. by a concurrent run; blocked; deleted account) is reported, and the next run re-plans from
/// what GitHub then says.
/// </summary>
public sealed class TeamChangeApplier(IGitHubFactory gitHub) : EffectApplier<TeamChangeEffect>
{
    protected override async Task<string> ApplyAsync(TeamChangeEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var client = gitHub.Create(context.GitHubCall);
        var change = effect.Change;
        switch (change.Kind)
        {
            case TeamChangeKind.CancelInvitation:
                return await client.Organizations.CancelInvitationAsync(effect.Organization, change.InvitationId, cancellationToken).ConfigureAwait(false)
                    ? Invariant($"cancelled invitation {change.InvitationId}")
                    : Invariant($"invitation {change.InvitationId} was already gone");
            case TeamChangeKind.WithdrawFromInvitation or TeamChangeKind.Remove:
                await client.Teams.RemoveMemberAsync(effect.Organization, effect.TeamSlug, change.Login, cancellationToken).ConfigureAwait(false);
                return $"removed @{change.Login}";
            case TeamChangeKind.Add:
                var membership = await client.Teams.AddMemberAsync(effect.Organization, effect.TeamSlug, change.Login, TeamRole.Member, cancellationToken).ConfigureAwait(false);
                return $"added @{change.Login} ({(membership.State == MembershipState.Active ? "active" : "pending")})";
            default:
                return await InviteAsync(client, effect, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> InviteAsync(IGitHub client, TeamChangeEffect effect, CancellationToken cancellationToken)
    {
        try
        {
            var invitation = await client.Organizations.InviteAsync(
                effect.Organization,
                new OrganizationInvitationRequest { InviteeId = effect.Change.Id, TeamIds = [effect.TeamId] },
                cancellationToken).ConfigureAwait(false);
            return Invariant($"invited (invitation {invitation.Id})");
        }
        catch (GitHubApiException exception) when (exception.StatusCode == 422)
        {
            return $"not invited: GitHub answered 422 ({exception.GitHubMessage}): already a member or invited, blocked, or the account is gone; the next run looks again";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
