using Elections.App.Effects;
using Elections.Core.Voters.Team;

namespace Elections.App.Voters;

/// <summary>A planned voters-team sync: the Core plan, the effects that carry it out, and the report lines.</summary>
public sealed record TeamSyncRun
{
    /// <summary><c>org/team-slug</c>.</summary>
    public required string Team { get; init; }

    /// <summary>The plan; null when the team could not be read (see <see cref="Problem"/>).</summary>
    public TeamSyncPlan? Plan { get; init; }

    /// <summary>One effect per change of this run, keyed so a redelivered event or a rerun never acts twice.</summary>
    public IReadOnlyList<TeamChangeEffect> Effects { get; init; } = [];

    /// <summary>Why nothing could be planned (e.g. the team does not exist); empty otherwise.</summary>
    public string Problem { get; init; } = "";

    /// <summary>The report lines: counts, the cap, deferred changes and notices.</summary>
    public IReadOnlyList<string> Notes => Plan is not { } plan
        ? [Problem]
        : [
            $"voters team {Team}: {plan.Wanted} voter(s) belong in it, {plan.Members} member(s), {plan.Pending} pending invitation(s); {plan.Changes.Count} change(s) this run (cap {plan.Cap} per run)",
            .. plan.Deferred.Count > 0 ? [$"{plan.Deferred.Count} more change(s) wait for the next run (the cap is {plan.Cap}; raise ELECTIONS_TEAM_SYNC_MAX or pass --max-changes)"] : Array.Empty<string>(),
            .. plan.Notices,
        ];
}
