using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Tally.Settings;

namespace Elections.App.Voting;

/// <summary>
/// The count of <c>tally --election</c> without a terminal: the settings resolved from the election's configuration,
/// the method's limits checked, the method run with the conflict caps. The <c>results</c> check recounts with it.
/// </summary>
public static class ResultsRecount
{
    /// <summary>Counts <paramref name="request"/>; bad input (<see cref="Core.Validation.InvalidInputException"/>) when a setting or the file does not fit the method.</summary>
    public static ConflictOutcome Count(CountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = CountSettingsResolver.Resolve(request);
        MethodLimits.Check(plan.Method, request.Ballots.Ballots, request.BallotPath);
        return ConflictResolver.Resolve(plan.Method, request.Ballots.Ballots, plan.Options, plan.Groups);
    }
}
