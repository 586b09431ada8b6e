using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Tally.Settings;

namespace Elections.App.Voting;

/// <summary>
/// The one count path of <c>elections tally</c>, <c>elections results</c> and the <c>results</c> check: the settings
/// resolved (flags over the election's configuration over the file's header) with the method's limits checked, then the
/// method run with the conflict caps.
/// </summary>
public static class ElectionTally
{
    /// <summary>The resolved settings of <paramref name="request"/>; bad input (<see cref="Core.Validation.InvalidInputException"/>) when a setting or the file does not fit the method.</summary>
    public static CountPlan Plan(CountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = CountSettingsResolver.Resolve(request);
        MethodLimits.Check(plan.Method, request.Ballots.Ballots, request.BallotPath);
        return plan;
    }

    /// <summary>Counts <paramref name="ballots"/> as <paramref name="plan"/> says, with <paramref name="options"/> (the plan's, or adjusted by flags).</summary>
    public static ConflictOutcome Run(CountPlan plan, BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ConflictResolver.Resolve(plan.Method, ballots, options, plan.Groups);
    }

    /// <summary>Plans and counts <paramref name="request"/> with the plan's own options.</summary>
    public static ConflictOutcome Count(CountRequest request)
    {
        var plan = Plan(request);
        return Run(plan, request.Ballots.Ballots, plan.Options);
    }
}
