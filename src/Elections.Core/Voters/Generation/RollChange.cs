namespace Elections.Core.Voters.Generation;

/// <summary>One difference between the roll on disk and the regenerated roll (issue 11 item 2).</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Voter">The voter after the change (before it, for a removal).</param>
/// <param name="Detail">What changed, for people.</param>
public sealed record RollChange(RollDiffKind Kind, Voter Voter, string Detail)
{
    /// <summary>Renders <c>+ @login (id): detail</c>, with <c>-</c> for removals and <c>~</c> for changes.</summary>
    public override string ToString() =>
        $"{Kind switch { RollDiffKind.Added => '+', RollDiffKind.Removed => '-', _ => '~' }} {Voter.Label}: {Detail}";
}

/// <summary>The kinds of roll difference.</summary>
public enum RollDiffKind
{
    /// <summary>Newly eligible.</summary>
    Added,

    /// <summary>No longer eligible (automatic voters only).</summary>
    Removed,

    /// <summary>Login or e-mail updated.</summary>
    Changed,
}

/// <summary>The regenerated roll and how it differs from the previous one.</summary>
/// <param name="Voters">The new roll, sorted by id (voters without an id last, in their previous order).</param>
/// <param name="Changes">Every difference, sorted as the roll.</param>
public sealed record RegeneratedRoll(IReadOnlyList<Voter> Voters, IReadOnlyList<RollChange> Changes);
