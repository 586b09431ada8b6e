namespace Elections.Core.Voters.Edits;

/// <summary>
/// A committee decision to change the roll by hand (docs/voters.md "Changing the roll"): an exception, a
/// waiver, an opt-out, a revocation or an account move, with its reason. <see cref="RollEditor"/> applies it.
/// </summary>
public sealed record RollEdit
{
    /// <summary>What to do.</summary>
    public required RollChangeKind Kind { get; init; }

    /// <summary>
    /// The voter on the roll, as a numeric id or a login (ignoring case). Unused for
    /// <see cref="RollChangeKind.Exception"/>, whose person is not on the roll yet (see <see cref="NewId"/>).
    /// </summary>
    public string Target { get; init; } = "";

    /// <summary>For exceptions, the person's GitHub id; for account moves, the new account's id.</summary>
    public long? NewId { get; init; }

    /// <summary>For exceptions and account moves, the (new) account's login; empty when unknown.</summary>
    public string NewLogin { get; init; } = "";

    /// <summary>For exceptions, the address ballots go to; empty: the voter is added as <c>no-email</c>.</summary>
    public string Email { get; init; } = "";

    /// <summary>Why the committee decided it; required.</summary>
    public required string Reason { get; init; }

    /// <summary>Who decided or records it (a login); may be empty.</summary>
    public string By { get; init; } = "";

    /// <summary>A link proving the change; required for account moves.</summary>
    public string Proof { get; init; } = "";

    /// <summary>The day of the decision (UTC).</summary>
    public required DateOnly At { get; init; }
}
