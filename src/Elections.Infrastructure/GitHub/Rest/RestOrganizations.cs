using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestOrganizations(GitHubRestContext rest) : IGitHubOrganizations
{
    public async Task<GitHubLookup<OrganizationMembership>> GetMembershipAsync(string organization, string login, CancellationToken cancellationToken = default)
    {
        var (found, membership) = await rest.FindAsync(GitHubRoutes.GetOrgMembership, [organization, login], GitHubJsonContext.Default.WireOrgMembership, cancellationToken).ConfigureAwait(false);
        return found
            ? GitHubLookup.Of(new OrganizationMembership
            {
                Organization = membership!.Organization?.Login ?? organization,
                User = membership.User.ToUser(),
                State = WireMapping.ToMembershipState(membership.State),
                Role = WireMapping.ToOrganizationRole(membership.Role),
            })
            : default;
    }

    public async Task<IReadOnlyList<GitHubUser>> ListMembersAsync(string organization, CancellationToken cancellationToken = default) =>
        (await rest.GetAllPagesAsync(GitHubRoutes.ListOrgMembers, [organization], GitHubJsonContext.Default.ListWireUser, cancellationToken).ConfigureAwait(false))
            .Select(u => u.ToUser()).ToList();

    public async Task<IReadOnlyList<OrganizationInvitation>> ListInvitationsAsync(string organization, CancellationToken cancellationToken = default) =>
        (await rest.GetAllPagesAsync(GitHubRoutes.ListOrgInvitations, [organization], GitHubJsonContext.Default.ListWireInvitation, cancellationToken).ConfigureAwait(false))
            .Select(i => i.ToInvitation()).ToList();

    public async Task<IReadOnlyList<OrganizationInvitation>> ListFailedInvitationsAsync(string organization, CancellationToken cancellationToken = default) =>
        (await rest.GetAllPagesAsync(GitHubRoutes.ListFailedOrgInvitations, [organization], GitHubJsonContext.Default.ListWireInvitation, cancellationToken).ConfigureAwait(false))
            .Select(i => i.ToInvitation()).ToList();

    public async Task<OrganizationInvitation> InviteAsync(string organization, OrganizationInvitationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new WireInvitationRequest(request.InviteeId, request.Role, request.TeamIds);
        var invitation = await rest.SendJsonAsync(
            GitHubRoutes.CreateOrgInvitation,
            [organization],
            body,
            GitHubJsonContext.Default.WireInvitationRequest,
            GitHubJsonContext.Default.WireInvitation,
            cancellationToken).ConfigureAwait(false);
        return invitation.ToInvitation();
    }

    public Task<bool> CancelInvitationAsync(string organization, long invitationId, CancellationToken cancellationToken = default) =>
        rest.SendAllowingNotFoundAsync(GitHubRoutes.CancelOrgInvitation, [organization, invitationId], cancellationToken);

    public Task<bool> IsBlockedAsync(string organization, string login, CancellationToken cancellationToken = default) =>
        rest.SendAllowingNotFoundAsync(GitHubRoutes.CheckBlockedUser, [organization, login], cancellationToken);

    public async Task<IReadOnlyList<GitHubUser>> ListBlockedAsync(string organization, CancellationToken cancellationToken = default) =>
        (await rest.GetAllPagesAsync(GitHubRoutes.ListBlockedUsers, [organization], GitHubJsonContext.Default.ListWireUser, cancellationToken).ConfigureAwait(false))
            .Select(u => u.ToUser()).ToList();
}
