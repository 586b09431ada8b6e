namespace Elections.Core.Voters.Team;

/// <summary>The team sync's decision: the changes for this run (at most the cap), those left for later, and what needs a person.</summary>
public sealed record TeamSyncPlan
{
    /// <summary>Changes to make now, removals first.</summary>
    public required IReadOnlyList<TeamChange> Changes { get; init; }

    /// <summary>Changes beyond the cap, left for the next run.</summary>
    public required IReadOnlyList<TeamChange> Deferred { get; init; }

    /// <summary>Things the sync will not do by itself, for the committee (e.g. a voter invited too often).</summary>
    public required IReadOnlyList<string> Notices { get; init; }

    /// <summary>The most changes one run makes.</summary>
    public required int Cap { get; init; }

    /// <summary>Voters who belong in the team.</summary>
    public required int Wanted { get; init; }

    /// <summary>Of those, active members now.</summary>
    public required int Members { get; init; }

    /// <summary>Of those, with a pending invitation now.</summary>
    public required int Pending { get; init; }
}
