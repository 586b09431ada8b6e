namespace Elections.Core.Configuration;

/// <summary>
/// How nominations work (nixos-anchor.md §3.2 and §3.4): any voter may nominate any voter, including
/// themselves; a nominee nominated by someone else must accept.
/// </summary>
public sealed record NominationRules
{
    /// <summary>Whether a voter may nominate themselves (self-nomination implies acceptance).</summary>
    public bool SelfNomination { get; init; } = true;

    /// <summary>Whether a nominee must accept before becoming a candidate.</summary>
    public bool AcceptanceRequired { get; init; } = true;

    /// <summary>The comment a nominee writes to accept (2025: <c>!accept</c>).</summary>
    public string AcceptCommand { get; init; } = "!accept";
}
