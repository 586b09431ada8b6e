namespace Elections.Core.Voters.Team;

/// <summary>A GitHub account as the team sync sees it: the numeric id is the identity, the login is current.</summary>
/// <param name="Id">The numeric GitHub id.</param>
/// <param name="Login">The current login.</param>
public sealed record TeamAccount(long Id, string Login);

/// <summary>A pending organization invitation that includes the voters team.</summary>
/// <param name="InvitationId">The organization invitation's id (to cancel it).</param>
/// <param name="Login">The invitee's current login.</param>
/// <param name="InviteeId">The invitee's id when known (GitHub lists invitations by login only; the caller may resolve it).</param>
/// <param name="OnlyThisTeam">True when the invitation is for this team alone, so cancelling it touches nothing else.</param>
public sealed record PendingInvitation(long InvitationId, string Login, long? InviteeId, bool OnlyThisTeam);

/// <summary>An organization invitation that expired or failed.</summary>
/// <param name="Login">The invitee's login.</param>
/// <param name="FailedAt">When it expired or failed.</param>
public sealed record FailedInvitation(string Login, DateTimeOffset FailedAt);

/// <summary>
/// What GitHub says about the voters team right now (nixos-anchor appendix A6: reconcile against the real
/// members and pending invitations, not a local list of who was invited).
/// </summary>
public sealed record TeamState
{
    /// <summary>Active members of the team.</summary>
    public required IReadOnlyList<TeamAccount> Members { get; init; }

    /// <summary>Pending organization invitations that include the team.</summary>
    public required IReadOnlyList<PendingInvitation> Pending { get; init; }

    /// <summary>Active members of the organization (they are added to the team directly, no invitation).</summary>
    public required IReadOnlyList<TeamAccount> OrganizationMembers { get; init; }

    /// <summary>Expired or failed organization invitations.</summary>
    public IReadOnlyList<FailedInvitation> Failed { get; init; } = [];
}
