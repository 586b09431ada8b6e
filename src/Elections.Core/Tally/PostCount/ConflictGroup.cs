namespace Elections.Core.Tally.PostCount;

/// <summary>
/// A conflict-of-interest group: at most <see cref="Max"/> of its members may win (NixOS
/// constitution, nixos-anchor.md §5.4; the Kubernetes steering charter's one-third-per-employer
/// limit).
/// </summary>
public sealed record ConflictGroup
{
    /// <summary>The group's name (an employer, a team).</summary>
    public required string Name { get; init; }

    /// <summary>Candidate names in the group.</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>The most winners the group may have (at least 1).</summary>
    public required int Max { get; init; }

    /// <summary>The 1-based line where the group is written in its file; 0 when it was not read from a file.</summary>
    public int Line { get; init; }
}

/// <summary>One application of a conflict cap: who was dropped and why.</summary>
public sealed record ConflictStep
{
    /// <summary>The group whose cap was exceeded.</summary>
    public required string Group { get; init; }

    /// <summary>The group's winners before the step, best first.</summary>
    public required IReadOnlyList<string> Winners { get; init; }

    /// <summary>The lowest-ranked of them, withdrawn before the count is run again.</summary>
    public required string Dropped { get; init; }
}

/// <summary>The final count after conflict caps, with every step taken.</summary>
public sealed record ConflictOutcome
{
    /// <summary>The count that satisfies every cap.</summary>
    public required TallyResult Result { get; init; }

    /// <summary>The drops, in order.</summary>
    public required IReadOnlyList<ConflictStep> Steps { get; init; }
}
