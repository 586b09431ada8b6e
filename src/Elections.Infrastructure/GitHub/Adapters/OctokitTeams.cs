using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using TeamMembership = Elections.App.Ports.GitHub.TeamMembership;
using MembershipState = Elections.App.Ports.GitHub.MembershipState;
using TeamRole = Elections.App.Ports.GitHub.TeamRole;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// Teams by slug. Octokit reads a team by slug, but its member and membership calls use the legacy
/// /teams/{team_id} routes; the slug routes we call go through Octokit's generic connection.
/// </summary>
internal sealed class OctokitTeams(GitHubCalls calls) : IGitHubTeams
{
    public Task<GitHubLookup<GitHubTeam>> GetAsync(string organization, string teamSlug, CancellationToken cancellationToken = default) =>
        calls.FindAsync(
            GitHubRoutes.GetTeam,
            c => c.Organization.Team.GetByName(organization, teamSlug),
            t => new GitHubTeam { Id = t.Id, Slug = t.Slug, Name = t.Name, Organization = t.Organization?.Login ?? organization, MembersCount = t.MembersCount },
            cancellationToken);

    public async Task<IReadOnlyList<TeamMember>> ListMembersAsync(string organization, string teamSlug, bool includePending, CancellationToken cancellationToken = default)
    {
        var route = GitHubRoutes.ListTeamMembers;
        var members = (await calls.RunAsync(
                route,
                _ => calls.Api.GetAll<User>(route.RelativeUri(organization, teamSlug), new Dictionary<string, string> { ["role"] = "all" }, GitHubCalls.AllPages),
                cancellationToken).ConfigureAwait(false))
            .Select(u => new TeamMember { Login = u.Login, Id = u.Id, State = MembershipState.Active })
            .ToList();
        if (includePending)
        {
            var invitations = await calls.RunAsync(
                GitHubRoutes.ListTeamInvitations,
                _ => calls.Api.GetAll<OrganizationMembershipInvitation>(GitHubRoutes.ListTeamInvitations.RelativeUri(organization, teamSlug), GitHubCalls.AllPages),
                cancellationToken).ConfigureAwait(false);
            members.AddRange(invitations.Select(i => new TeamMember { Login = i.Login ?? "", State = MembershipState.Pending }));
        }

        return members;
    }

    public Task<GitHubLookup<TeamMembership>> GetMembershipAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default) =>
        calls.FindAsync(
            GitHubRoutes.GetTeamMembership,
            _ => calls.Api.Get<TeamMembershipDetails>(GitHubRoutes.GetTeamMembership.RelativeUri(organization, teamSlug, login)),
            m => m.ToTeamMembership(),
            cancellationToken);

    public async Task<TeamMembership> AddMemberAsync(string organization, string teamSlug, string login, TeamRole role = TeamRole.Member, CancellationToken cancellationToken = default)
    {
        var request = new UpdateTeamMembership(role == TeamRole.Maintainer ? Octokit.TeamRole.Maintainer : Octokit.TeamRole.Member);
        var membership = await calls.RunAsync(
            GitHubRoutes.AddTeamMembership,
            _ => calls.Api.Put<TeamMembershipDetails>(GitHubRoutes.AddTeamMembership.RelativeUri(organization, teamSlug, login), request),
            cancellationToken).ConfigureAwait(false);
        return membership.ToTeamMembership();
    }

    public Task RemoveMemberAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default) =>
        calls.RunAllowingNotFoundAsync(
            GitHubRoutes.RemoveTeamMembership, _ => calls.Api.Delete(GitHubRoutes.RemoveTeamMembership.RelativeUri(organization, teamSlug, login)), cancellationToken);
}
