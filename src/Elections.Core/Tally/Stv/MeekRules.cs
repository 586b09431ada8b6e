namespace Elections.Core.Tally.Stv;

/// <summary>How a Meek count iterates between exclusions.</summary>
public enum MeekIteration
{
    /// <summary>
    /// OpenSTV 1.7 / OpaVote: every round is one keep-factor update (or one exclusion); sure losers
    /// are excluded together as soon as the total surplus cannot save them.
    /// </summary>
    OneUpdatePerRound,

    /// <summary>
    /// Hill 2006 / NZ Schedule 1A: keep factors are updated until the total surplus is below the
    /// surplus limit (or someone is elected), then the lowest candidate is excluded.
    /// </summary>
    UntilConverged,
}

/// <summary>
/// The parameters that distinguish the Meek STV rule sets this project implements
/// (tally.md §1.4): OpenSTV 1.7 MeekSTV as OpaVote runs it, and New Zealand's Local Electoral
/// Regulations 2001 Schedule 1A.
/// </summary>
public sealed record MeekRules
{
    /// <summary>
    /// OpaVote "Meek STV" = OpenSTV 1.7 MeekSTV: 6 decimals; dynamic Droop quota
    /// trunc6(V/(S+1)) + 0.000001 (or "Whole": floor(V/(S+1)) + 1); a candidate's vote is the
    /// total value reaching it times its keep factor, truncated; the value passed on is truncated
    /// per ballot; keep factors kf·q/v rounded up; one update per round; backward weak tie-break.
    /// </summary>
    public static MeekRules OpaVote { get; } = new()
    {
        Name = "meek",
        Decimals = 6,
        DefaultQuota = QuotaKind.Fractional,
        Iteration = MeekIteration.OneUpdatePerRound,
        TieBreak = TieBreakDirection.Backward,
        RoundSharesUp = false,
        SurplusLimitUnits = 1,
    };

    /// <summary>
    /// New Zealand Meek (SR 2001/145 Schedule 1A): 9 decimals; quota (V − non-transferable)/(seats+1)
    /// truncated to 9 decimals plus 10^-9; each candidate keeps the ballot's value times its keep
    /// value rounded up to 9 decimals; keep values kv·q/v rounded up; iterate until the total surplus
    /// is below 0.0001; exclude the lowest, ties ahead-at-first-difference (forward).
    /// </summary>
    public static MeekRules NewZealand { get; } = new()
    {
        Name = "meek-nz",
        Decimals = 9,
        DefaultQuota = QuotaKind.Fractional,
        Iteration = MeekIteration.UntilConverged,
        TieBreak = TieBreakDirection.Forward,
        RoundSharesUp = true,
        SurplusLimitUnits = 100_000,
    };

    /// <summary>The method's name (<see cref="ITallyMethod.Name"/>).</summary>
    public required string Name { get; init; }

    /// <summary>Decimals of the fixed-point arithmetic.</summary>
    public required int Decimals { get; init; }

    /// <summary>The quota used when <see cref="TallyOptions.Quota"/> is <see cref="QuotaKind.Default"/>.</summary>
    public required QuotaKind DefaultQuota { get; init; }

    /// <summary>How keep factors are iterated between exclusions.</summary>
    public required MeekIteration Iteration { get; init; }

    /// <summary>How ties for exclusion are broken.</summary>
    public required TieBreakDirection TieBreak { get; init; }

    /// <summary>
    /// True: each ballot gives each candidate value × keep factor rounded up and passes on the rest
    /// (NZ, PRF). False: OpenSTV's arithmetic (value passed on truncated per ballot, a candidate's
    /// total truncated once).
    /// </summary>
    public required bool RoundSharesUp { get; init; }

    /// <summary>Total surplus, in units, below which keep factors are no longer updated.</summary>
    public required long SurplusLimitUnits { get; init; }
}
