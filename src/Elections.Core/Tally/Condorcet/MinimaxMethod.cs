using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// Minimax-PM exactly as CIVS codes it (<see cref="MinimaxPm"/>; tally.md §1.3). CIVS's default
/// unranked rule is tied last; its "No opinion" polls count unranked as incomparable.
/// </summary>
public sealed class MinimaxMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "minimax";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = CountSetup.Create(ballots, options);
        var matrix = PairwiseMatrix.Build(ballots, options.Unranked);
        var groups = MinimaxPm.Rank(matrix, setup.Continuing);
        return PlacementResult.Build(
            Name,
            setup,
            groups,
            (remaining, c) => MinimaxPm.WorstMargin(matrix, c, remaining),
            "votes = margin of the strongest contest against each remaining candidate; smallest is placed",
            matrix,
            []);
    }
}
