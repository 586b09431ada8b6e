namespace Elections.Core.Tally;

/// <summary>
/// The outcome of a count, in the shape the JSON tally report takes:
/// <c>{"method", "seats", "ballots", "valid", "winners", "ranking", "rounds", "ties"}</c>.
/// </summary>
public sealed record TallyResult
{
    /// <summary>The method name (<see cref="ITallyMethod.Name"/>).</summary>
    public required string Method { get; init; }

    /// <summary>Seats filled.</summary>
    public required int Seats { get; init; }

    /// <summary>Ballots read (total weight).</summary>
    public required long Ballots { get; init; }

    /// <summary>Ballots that expressed at least one preference among continuing candidates.</summary>
    public required long Valid { get; init; }

    /// <summary>Winners, in the order the method elected or ranked them.</summary>
    public required IReadOnlyList<string> Winners { get; init; }

    /// <summary>The full order of all candidates when the method defines one (best first); else the winners.</summary>
    public required IReadOnlyList<string> Ranking { get; init; }

    /// <summary>The count round by round (or stage by stage).</summary>
    public required IReadOnlyList<TallyRound> Rounds { get; init; }

    /// <summary>Every tie the method had to break, with the rule it used.</summary>
    public required IReadOnlyList<TieBreak> Ties { get; init; }

    /// <summary>The pairwise counts, for Condorcet methods; null for the others.</summary>
    public PairwiseTable? Pairwise { get; init; }
}

/// <summary>One round (stage) of a count.</summary>
public sealed record TallyRound
{
    /// <summary>1-based round number.</summary>
    public required int Number { get; init; }

    /// <summary>Votes per candidate name at the end of the round, as exact decimal strings (e.g. "123.456789").</summary>
    public required IReadOnlyDictionary<string, string> Votes { get; init; }

    /// <summary>The quota or threshold in force, as an exact decimal string, when the method has one.</summary>
    public string? Threshold { get; init; }

    /// <summary>Votes no longer counting for anyone, as an exact decimal string, when the method tracks them.</summary>
    public string? Exhausted { get; init; }

    /// <summary>Candidates elected in this round.</summary>
    public IReadOnlyList<string> Elected { get; init; } = [];

    /// <summary>Candidates eliminated (or dropped) in this round.</summary>
    public IReadOnlyList<string> Eliminated { get; init; } = [];

    /// <summary>What happened, for people ("Surplus of A transferred", "B excluded: lowest").</summary>
    public string Note { get; init; } = "";
}

/// <summary>A tie the method broke: who was tied, who was chosen, and by which documented rule.</summary>
public sealed record TieBreak
{
    /// <summary>The round in which the tie occurred (0 when not round-based).</summary>
    public required int Round { get; init; }

    /// <summary>The tied candidates.</summary>
    public required IReadOnlyList<string> Tied { get; init; }

    /// <summary>The candidate (or candidates) the rule picked.</summary>
    public required IReadOnlyList<string> Chosen { get; init; }

    /// <summary>The rule, in words ("backward tie-break: fewest votes in round 3").</summary>
    public required string Rule { get; init; }
}

/// <summary>
/// The pairwise preference counts a Condorcet method used: <c>Counts[i][j]</c> is the weight of
/// ballots ranking <c>Candidates[i]</c> above <c>Candidates[j]</c> (continuing candidates only).
/// </summary>
public sealed record PairwiseTable
{
    /// <summary>Candidate names, in ballot-file order.</summary>
    public required IReadOnlyList<string> Candidates { get; init; }

    /// <summary>Row = preferred candidate, column = the one it is preferred to.</summary>
    public required IReadOnlyList<IReadOnlyList<long>> Counts { get; init; }
}
