namespace Elections.Core.Voters.Team;

/// <summary>What the team sync does for one person (docs/voters.md "The voters team").</summary>
public enum TeamChangeKind
{
    /// <summary>Cancel a pending organization invitation made for this team alone: the invitee is not a voter.</summary>
    CancelInvitation,

    /// <summary>Take the team out of a pending invitation that also names other teams: the invitee is not a voter.</summary>
    WithdrawFromInvitation,

    /// <summary>Remove an active member who is not a voter (or whose status keeps them out of the team).</summary>
    Remove,

    /// <summary>Add a voter who is already an organization member.</summary>
    Add,

    /// <summary>Invite a voter to the organization with the team.</summary>
    Invite,

    /// <summary>Invite again a voter whose earlier invitation expired or failed.</summary>
    Reinvite,
}

/// <summary>One planned change to the voters team.</summary>
public sealed record TeamChange
{
    /// <summary>What to do.</summary>
    public required TeamChangeKind Kind { get; init; }

    /// <summary>The person's GitHub id; 0 for an invitation whose invitee is unknown.</summary>
    public required long Id { get; init; }

    /// <summary>The person's current login (empty for invitations to voters without a known login).</summary>
    public required string Login { get; init; }

    /// <summary>For cancellations, the organization invitation's id; 0 otherwise.</summary>
    public long InvitationId { get; init; }

    /// <summary>For invitations, how many earlier invitations expired or failed.</summary>
    public int EarlierInvitations { get; init; }

    /// <summary>Why, for the report.</summary>
    public required string Reason { get; init; }

    /// <summary>A short label: <c>@login (id)</c>.</summary>
    public string Label => Login.Length > 0 ? (Id > 0 ? $"@{Login} ({Id})" : $"@{Login}") : $"id {Id}";
}
