using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Scottish STV: The Scottish Local Government Elections Order 2007 (SSI 2007/42) Schedule 1
/// rules 45–52, renumbered 46–53 by SSI 2011/399. Whole-number Droop quota
/// floor(valid/(seats+1)) + 1 (r46); elected on reaching it (r47); the largest surplus is
/// transferred first, all of the candidate's papers, each at surplus × its value ÷ the
/// candidate's total, to five decimal places with the remainder ignored (r48, weighted inclusive
/// Gregory); equal surpluses and equal lowest candidates are decided on the most recent earlier
/// stage where they differed (r49, r51), then by the order in the ballot file (standing in for
/// lot); an excluded candidate's papers move at the value they were received at (r50); when the
/// continuing candidates fit the vacancies, they are elected (r52).
/// </summary>
public sealed class ScottishStvMethod : ITallyMethod
{
    /// <summary>Five decimal places, as r48 prescribes.</summary>
    public const int Decimals = 5;

    /// <inheritdoc />
    public string Name => "scottish-stv";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        var setup = StvSetup.From(ballots, options);
        return new WigmCount(setup, Name, Decimals, TieBreakDirection.Backward).Run();
    }
}
