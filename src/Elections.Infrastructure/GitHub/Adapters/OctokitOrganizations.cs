using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using OrganizationInvitationRequest = Elections.App.Ports.GitHub.OrganizationInvitationRequest;
using OrganizationMembership = Elections.App.Ports.GitHub.OrganizationMembership;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitOrganizations(GitHubCalls calls) : IGitHubOrganizations
{
    public Task<GitHubLookup<OrganizationMembership>> GetMembershipAsync(string organization, string login, CancellationToken cancellationToken = default) =>
        calls.FindAsync(
            GitHubRoutes.GetOrgMembership,
            c => c.Organization.Member.GetOrganizationMembership(organization, login),
            m => new OrganizationMembership
            {
                Organization = m.Organization?.Login ?? organization,
                User = m.User.ToUser(),
                State = OctokitMapping.ToMembershipState(m.State.StringValue),
                Role = OctokitMapping.ToOrganizationRole(m.Role.StringValue),
            },
            cancellationToken);

    public async Task<IReadOnlyList<GitHubUser>> ListMembersAsync(string organization, CancellationToken cancellationToken = default) =>
        (await calls.RunAsync(GitHubRoutes.ListOrgMembers, c => c.Organization.Member.GetAll(organization, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false))
            .Select(u => u.ToUser()).ToList();

    public async Task<IReadOnlyList<OrganizationInvitation>> ListInvitationsAsync(string organization, CancellationToken cancellationToken = default) =>
        (await calls.RunAsync(GitHubRoutes.ListOrgInvitations, c => c.Organization.Member.GetAllPendingInvitations(organization, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false))
            .Select(i => i.ToInvitation()).ToList();

    public async Task<IReadOnlyList<OrganizationInvitation>> ListFailedInvitationsAsync(string organization, CancellationToken cancellationToken = default) =>
        (await calls.RunAsync(
            GitHubRoutes.ListFailedOrgInvitations, _ => calls.Api.GetAll<FailedInvitation>(GitHubRoutes.ListFailedOrgInvitations.RelativeUri(organization), GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false))
            .Select(i => new OrganizationInvitation
            {
                Id = i.Id,
                Login = i.Login ?? "",
                Email = i.Email ?? "",
                Role = i.Role ?? "direct_member",
                CreatedAt = i.CreatedAt,
                FailedAt = i.FailedAt,
                FailedReason = i.FailedReason ?? "",
                InviterLogin = i.Inviter?.Login ?? "",
                TeamCount = i.TeamCount,
            }).ToList();

    public async Task<OrganizationInvitation> InviteAsync(string organization, OrganizationInvitationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var role = request.Role switch
        {
            "admin" => OrganizationMembershipRole.Admin,
            "billing_manager" => OrganizationMembershipRole.BillingManager,
            _ => OrganizationMembershipRole.DirectMember,
        };
        var invitation = await calls.RunAsync(
            GitHubRoutes.CreateOrgInvitation,
            c => c.Organization.Member.CreateOrganizationInvitation(organization, new Octokit.OrganizationInvitationRequest(request.InviteeId, role, [.. request.TeamIds])),
            cancellationToken).ConfigureAwait(false);
        return invitation.ToInvitation();
    }

    public Task<bool> CancelInvitationAsync(string organization, long invitationId, CancellationToken cancellationToken = default) =>
        calls.RunAllowingNotFoundAsync(GitHubRoutes.CancelOrgInvitation, c => c.Organization.Member.CancelOrganizationInvitation(organization, invitationId), cancellationToken);

    /// <summary>Octokit has no organization block calls; its generic connection serves them (204 blocked, 404 not).</summary>
    public Task<bool> IsBlockedAsync(string organization, string login, CancellationToken cancellationToken = default) =>
        calls.RunAllowingNotFoundAsync(
            GitHubRoutes.CheckBlockedUser, c => c.Connection.Get<object>(GitHubRoutes.CheckBlockedUser.RelativeUri(organization, login), null, null, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<GitHubUser>> ListBlockedAsync(string organization, CancellationToken cancellationToken = default) =>
        (await calls.RunAsync(GitHubRoutes.ListBlockedUsers, _ => calls.Api.GetAll<User>(GitHubRoutes.ListBlockedUsers.RelativeUri(organization), GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false))
            .Select(u => u.ToUser()).ToList();
}
