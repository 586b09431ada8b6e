namespace Elections.App.Ports.GitHub;

/// <summary>A role in a team.</summary>
public enum TeamRole
{
    /// <summary>An ordinary member.</summary>
    Member,

    /// <summary>A team maintainer.</summary>
    Maintainer,
}

/// <summary>A team of an organization.</summary>
public sealed record GitHubTeam
{
    /// <summary>The numeric team id (used in organization invitations).</summary>
    public required long Id { get; init; }

    /// <summary>The slug used in URLs.</summary>
    public required string Slug { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>The organization login.</summary>
    public required string Organization { get; init; }

    /// <summary>Active members, as GitHub counts them.</summary>
    public int MembersCount { get; init; }
}

/// <summary>A user's membership of a team.</summary>
public sealed record TeamMembership
{
    /// <summary>Active, or pending (the user has not accepted the organization invitation yet).</summary>
    public required MembershipState State { get; init; }

    /// <summary>Member or maintainer.</summary>
    public required TeamRole Role { get; init; }
}

/// <summary>A team member or a pending invitee.</summary>
public sealed record TeamMember
{
    /// <summary>The login (empty for an invitation sent to an email address).</summary>
    public required string Login { get; init; }

    /// <summary>The numeric id; 0 for pending invitations, which GitHub lists by login only.</summary>
    public long Id { get; init; }

    /// <summary>Active or pending.</summary>
    public required MembershipState State { get; init; }
}

/// <summary>Teams and team memberships.</summary>
public interface IGitHubTeams
{
    /// <summary>GET /orgs/{org}/teams/{team_slug}.</summary>
    Task<GitHubLookup<GitHubTeam>> GetAsync(string organization, string teamSlug, CancellationToken cancellationToken = default);

    /// <summary>
    /// GET /orgs/{org}/teams/{team_slug}/members (all pages) and, when <paramref name="includePending"/>,
    /// GET /orgs/{org}/teams/{team_slug}/invitations, as one list.
    /// </summary>
    Task<IReadOnlyList<TeamMember>> ListMembersAsync(string organization, string teamSlug, bool includePending, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/teams/{team_slug}/memberships/{username}.</summary>
    Task<GitHubLookup<TeamMembership>> GetMembershipAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default);

    /// <summary>
    /// PUT /orgs/{org}/teams/{team_slug}/memberships/{username}: adds the user (idempotent). A user
    /// outside the organization is invited and the membership is pending.
    /// </summary>
    Task<TeamMembership> AddMemberAsync(string organization, string teamSlug, string login, TeamRole role = TeamRole.Member, CancellationToken cancellationToken = default);

    /// <summary>DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}; idempotent.</summary>
    Task RemoveMemberAsync(string organization, string teamSlug, string login, CancellationToken cancellationToken = default);
}
