using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestTeams(GitHubRestContext rest) : IGitHubTeams
{
    public async Task<GitHubLookup<GitHubTeam>> GetAsync(string organization, string teamSlug, CancellationToken cancellationToken = default)
    {
        var (found, team) = await rest.FindAsync(GitHubRoutes.GetTeam, [organization, teamSlug], GitHubJsonContext.Default.WireTeam, cancellationToken).ConfigureAwait(false);
        return found
            ? GitHubLookup.Of(new GitHubTeam
            {
                Id = team!.Id,
                Slug = team.Slug,
                Name = team.Name,
                Organization = team.Organization?.Login ?? organization,
                MembersCount = team.MembersCount,
            })
            : default;
    }

    public async Task<IReadOnlyList<TeamMember>> ListMembersAsync(string organization, string teamSlug, bool includePending, CancellationToken cancellationToken = default)
    {
        var members = (await rest.GetAllPagesAsync(
                GitHubRoutes.ListTeamMembers, [organization, teamSlug], GitHubJsonContext.Default.ListWireUser, cancellationToken, [new("role", "all")]).ConfigureAwait(false))
            .Select(u => new TeamMember { Login = u.Login, Id = u.Id, State = MembershipState.Active })
            .ToList();
        if (includePending)
        {
            var invitations = await rest.GetAllPagesAsync(
                GitHubRoutes.ListTeamInvitations, [organization, teamSlug], GitHubJsonContext.Default.ListWireInvitation, cancellationToken).ConfigureAwait(false);
            members.AddRange(invitations.Select(i => new TeamMember { Login = i.Login ?? "", State = MembershipState.Pending }));
        }

        return members;
    }

    public async Task<GitHubLookup<TeamMembership>> GetMembershipAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default)
    {
        var (found, membership) = await rest.FindAsync(
            GitHubRoutes.GetTeamMembership, [organization, teamSlug, login], GitHubJsonContext.Default.WireTeamMembership, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(membership!.ToTeamMembership()) : default;
    }

    public async Task<TeamMembership> AddMemberAsync(string organization, string teamSlug, string login, TeamRole role = TeamRole.Member, CancellationToken cancellationToken = default)
    {
        var membership = await rest.SendJsonAsync(
            GitHubRoutes.AddTeamMembership,
            [organization, teamSlug, login],
            new WireRoleRequest(role == TeamRole.Maintainer ? "maintainer" : "member"),
            GitHubJsonContext.Default.WireRoleRequest,
            GitHubJsonContext.Default.WireTeamMembership,
            cancellationToken).ConfigureAwait(false);
        return membership.ToTeamMembership();
    }

    public Task RemoveMemberAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default) =>
        rest.SendAllowingNotFoundAsync(GitHubRoutes.RemoveTeamMembership, [organization, teamSlug, login], cancellationToken);
}
