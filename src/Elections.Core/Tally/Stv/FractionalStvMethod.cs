using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Multi-seat single transferable vote with fractional surplus transfers, as US cities run it
/// (<see cref="FractionalStvRules.Minneapolis"/>, <see cref="FractionalStvRules.Portland"/>):
/// a ballot counts at its current value for its highest-ranked continuing candidate; the
/// threshold is floor(first-round continuing ballots/(seats+1)) + 1; an elected candidate's
/// ballots go on at value × surplus/votes (truncated); when no surplus is pending the lowest
/// candidate is excluded (ties: most recent earlier round, then ballot-file order, listed last
/// goes); when the continuing candidates fit the remaining seats they are elected.
/// </summary>
public sealed class FractionalStvMethod(FractionalStvRules rules) : ITallyMethod
{
    /// <summary>The Minneapolis preset, named <c>stv</c>.</summary>
    public FractionalStvMethod()
        : this(FractionalStvRules.Minneapolis)
    {
    }

    /// <summary>The rules this instance counts by.</summary>
    public FractionalStvRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <inheritdoc />
    public string Name => Rules.Name;

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options) =>
        new FractionalCount(Rules, StvSetup.From(ballots, options)).Run();
}
