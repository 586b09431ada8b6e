using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// Ranked pairs (T. N. Tideman, Social Choice and Welfare 4(3):185–206, 1987; tally.md §1.2):
/// pairs X&gt;Y with d[X,Y] &gt; d[Y,X] are taken by margin, largest first, and each is locked
/// unless it would close a cycle with pairs already locked. Pairs of equal margin are ordered by
/// the Zavist–Tideman rule against a tie-breaking ranking of candidates (TBRC): the pair whose
/// winner ranks higher in the TBRC first, then the pair whose loser ranks lower. This engine is
/// deterministic, so its TBRC is the candidates' names in ordinal order (documented and logged,
/// never the file order); pairs with zero margin are finally locked in TBRC order where possible.
/// The locked pairs form a complete order.
/// </summary>
public sealed class RankedPairsMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "ranked-pairs";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = CountSetup.Create(ballots, options);
        var matrix = PairwiseMatrix.Build(ballots, options.Unranked);
        var lockIn = RankedPairsLockIn.Run(matrix, setup.Continuing, setup.Names);
        var groups = PlacementResult.Peel(setup.Continuing, lockIn.Reaches);
        return PlacementResult.Build(
            Name,
            setup,
            groups,
            (remaining, c) => remaining.Count(o => o != c && lockIn.Reaches(c, o)),
            "votes = remaining candidates below each one in the locked graph",
            matrix,
            [.. lockIn.Ties]);
    }
}
