namespace Elections.Core.Voters;

/// <summary>
/// One person on the voter roll. Identity is the numeric GitHub id, because logins change
/// (nixos-anchor §3.1); the login is the current one, kept for people and for candidate file names.
/// </summary>
public sealed record Voter
{
    /// <summary>The numeric GitHub user id; absent only for deleted or revoked accounts imported without one (docs/voters.md).</summary>
    public long? Id { get; init; }

    /// <summary>The current GitHub login; empty when not yet known (e.g. imported from an e-mail-only entry).</summary>
    public string Login { get; init; } = "";

    /// <summary>The address ballots go to; empty when none is known.</summary>
    public string Email { get; init; } = "";

    /// <summary>
    /// Where <see cref="Email"/> came from (<c>email_source</c>: <c>previous_roll</c>, <c>maintainers</c>, or
    /// free text such as <c>pull-request</c>); empty when not recorded.
    /// </summary>
    public string EmailSource { get; init; } = "";

    /// <summary>Automatic or exception, with the reason.</summary>
    public required VoterSource Source { get; init; }

    /// <summary>Where the voter stands (see <see cref="VoterStatus"/>).</summary>
    public required VoterStatus Status { get; init; }

    /// <summary>A free-text note (required for bounced and access-revoked voters); empty when none.</summary>
    public string Note { get; init; } = "";

    /// <summary>The 1-based line of this voter in the file it was read from; 0 when built in code.</summary>
    public int Line { get; init; }

    /// <summary>True when an e-mail address is on record.</summary>
    public bool HasEmail => Email.Length > 0;

    /// <summary>A short human label: <c>@login (id)</c>, or the e-mail when neither is known.</summary>
    public string Label =>
        (Login.Length > 0, Id.HasValue) switch
        {
            (true, true) => $"@{Login} ({Id})",
            (true, false) => $"@{Login}",
            (false, true) => $"id {Id}",
            _ => Email,
        };
}
