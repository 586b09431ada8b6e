namespace Elections.Core.Voters;

/// <summary>
/// Where a voter stands on the roll (docs/voters.md "Statuses"). Replaces the 2024 NixOS
/// placeholders (<c>"@login: No known email…"</c>, string values for deleted or revoked accounts,
/// deleted entries for waivers) with explicit states that say whether the person can vote and
/// whether they belong in the voters team (nixos-anchor §2.1, §3.1, §3.8).
/// </summary>
public enum VoterStatus
{
    /// <summary>Eligible, has an e-mail address: can vote, is in the voters team.</summary>
    Active,

    /// <summary>Eligible but no address is known: in the team, cannot vote until one is added.</summary>
    NoEmail,

    /// <summary>The address bounced; it stays on record with a note. In the team, cannot vote until replaced.</summary>
    Bounced,

    /// <summary>The person declined their vote; stays listed so a re-import does not add them back. Cannot vote, not in the team.</summary>
    Waived,

    /// <summary>Repository access revoked for rule violations (needs a note): can still vote, removed from the team.</summary>
    AccessRevoked,

    /// <summary>The GitHub account no longer exists: can vote by e-mail, no GitHub interaction, not in the team.</summary>
    AccountDeleted,

    /// <summary>
    /// The person keeps the vote (by e-mail) but asked to leave the voters team and its organization invitation
    /// (nixos-anchor §3.8: an invitation gives access to the organization's repositories). Not in the team.
    /// </summary>
    OptedOut,
}
