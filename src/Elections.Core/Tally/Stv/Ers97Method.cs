using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// ERS97: the Electoral Reform Society's rules, "How to conduct an election by the Single
/// Transferable Vote", 3rd ed. (Newland &amp; Britton, 1997), section 5, in 2-decimal fixed point.
/// Quota = valid/(seats+1) to 2 decimals, plus 0.01 when inexact (5.1.6); elected on reaching it.
/// Surpluses: largest first, ties forward (first stage where the votes differed, 5.2.3); deferred
/// while the total surplus could neither lift the lowest candidate above the next nor change a
/// bulk exclusion (5.2.2); at the first stage all papers, later only the last parcel received
/// (5.3.2), at surplus ÷ transferable papers truncated to 2 decimals and never above the papers'
/// present value, the rest non-transferable (5.3.7). Exclusion: as many low candidates at once as
/// cannot reach the next even with the deferred surpluses (5.2.5), their papers moved in batches
/// by descending value, electing in between (5.4). Final fallback for ties: ballot-file order.
/// </summary>
public sealed class Ers97Method : ITallyMethod
{
    /// <summary>Two decimal places (5.1.6, 5.3.7).</summary>
    public const int Decimals = 2;

    /// <inheritdoc />
    public string Name => "ers97";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options) =>
        new Ers97Count(StvSetup.From(ballots, options), Name).Run();
}
