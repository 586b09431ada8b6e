namespace Elections.App.Ports.GitHub;

/// <summary>Whether a membership is in force or still an invitation.</summary>
public enum MembershipState
{
    /// <summary>The user is a member.</summary>
    Active,

    /// <summary>The user was invited and has not accepted yet.</summary>
    Pending,
}

/// <summary>A role in an organization.</summary>
public enum OrganizationRole
{
    /// <summary>An ordinary member.</summary>
    Member,

    /// <summary>An owner.</summary>
    Admin,

    /// <summary>A billing manager (not a member).</summary>
    BillingManager,
}

/// <summary>A user's membership of an organization.</summary>
public sealed record OrganizationMembership
{
    /// <summary>The organization login.</summary>
    public required string Organization { get; init; }

    /// <summary>The member.</summary>
    public required GitHubUser User { get; init; }

    /// <summary>Active, or pending (invited).</summary>
    public required MembershipState State { get; init; }

    /// <summary>The role.</summary>
    public required OrganizationRole Role { get; init; }
}

/// <summary>
/// An invitation to an organization. Pending ones come from the invitations list; expired or
/// failed ones from the failed-invitations list (<see cref="FailedAt"/> set).
/// Email addresses are personal data: never log <see cref="Email"/>.
/// </summary>
public sealed record OrganizationInvitation
{
    /// <summary>The invitation id (used to cancel it).</summary>
    public required long Id { get; init; }

    /// <summary>The invitee's login; empty for invitations sent to an email address.</summary>
    public string Login { get; init; } = "";

    /// <summary>The invitee's email for email invitations; empty otherwise.</summary>
    public string Email { get; init; } = "";

    /// <summary>The role offered: <c>direct_member</c>, <c>admin</c>, <c>billing_manager</c>, ...</summary>
    public string Role { get; init; } = "direct_member";

    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it failed or expired, if it did.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>Why it failed (e.g. <c>expired</c>), if it did.</summary>
    public string FailedReason { get; init; } = "";

    /// <summary>Who sent it.</summary>
    public string InviterLogin { get; init; } = "";

    /// <summary>How many teams the invitee will join on acceptance.</summary>
    public int TeamCount { get; init; }
}

/// <summary>A request to invite a user (by numeric id) to an organization.</summary>
public sealed record OrganizationInvitationRequest
{
    /// <summary>The invitee's numeric id (stable, unlike the login).</summary>
    public required long InviteeId { get; init; }

    /// <summary><c>direct_member</c> (default), <c>admin</c>, <c>billing_manager</c> or <c>reinstate</c>.</summary>
    public string Role { get; init; } = "direct_member";

    /// <summary>Teams (numeric ids) the invitee joins on acceptance.</summary>
    public IReadOnlyList<long> TeamIds { get; init; } = [];
}

/// <summary>Organization membership, invitations and blocks.</summary>
public interface IGitHubOrganizations
{
    /// <summary>GET /orgs/{org}/memberships/{username}: NotFound when neither member nor invited.</summary>
    Task<GitHubLookup<OrganizationMembership>> GetMembershipAsync(string organization, string login, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/members, all pages.</summary>
    Task<IReadOnlyList<GitHubUser>> ListMembersAsync(string organization, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/invitations, all pages (pending invitations).</summary>
    Task<IReadOnlyList<OrganizationInvitation>> ListInvitationsAsync(string organization, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/failed_invitations, all pages (expired or failed invitations).</summary>
    Task<IReadOnlyList<OrganizationInvitation>> ListFailedInvitationsAsync(string organization, CancellationToken cancellationToken = default);

    /// <summary>POST /orgs/{org}/invitations.</summary>
    Task<OrganizationInvitation> InviteAsync(string organization, OrganizationInvitationRequest request, CancellationToken cancellationToken = default);

    /// <summary>DELETE /orgs/{org}/invitations/{invitation_id}; true when cancelled, false when it no longer existed.</summary>
    Task<bool> CancelInvitationAsync(string organization, long invitationId, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/blocks/{username}: true when the organization blocks the user.</summary>
    Task<bool> IsBlockedAsync(string organization, string login, CancellationToken cancellationToken = default);

    /// <summary>GET /orgs/{org}/blocks, all pages.</summary>
    Task<IReadOnlyList<GitHubUser>> ListBlockedAsync(string organization, CancellationToken cancellationToken = default);
}
