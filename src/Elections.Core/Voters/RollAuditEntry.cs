namespace Elections.Core.Voters;

/// <summary>
/// One line of the roll's audit section: which hand-made change was made to whom, when, by whom and why
/// (docs/voters.md "Audit section"). It makes the 2024 NixOS practice of explaining exceptions in commit
/// messages part of the file itself (nixos-anchor §3.1: "Approved exceptions are also public").
/// </summary>
public sealed record RollAuditEntry
{
    /// <summary>The day the committee decided (UTC).</summary>
    public required DateOnly At { get; init; }

    /// <summary>What was done.</summary>
    public required RollChangeKind Action { get; init; }

    /// <summary>The voter's GitHub id after the change; null for voters imported without one.</summary>
    public long? Id { get; init; }

    /// <summary>For <see cref="RollChangeKind.AccountMove"/>: the id the voter had before; null otherwise.</summary>
    public long? PreviousId { get; init; }

    /// <summary>The voter's login at the time of the change; empty when unknown.</summary>
    public string Login { get; init; } = "";

    /// <summary>Why: the committee's reason, required.</summary>
    public required string Reason { get; init; }

    /// <summary>Who decided or recorded it (a login); empty when not given.</summary>
    public string By { get; init; } = "";

    /// <summary>A link proving the change (required for account moves), e.g. a comment from the old account.</summary>
    public string Proof { get; init; } = "";

    /// <summary>The 1-based line in the file it was read from; 0 when built in code.</summary>
    public int Line { get; init; }
}
