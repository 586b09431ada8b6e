using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Meek STV (Hill, Wichmann &amp; Woodall, Algorithm 123, 1987; Hill 2006) in exact fixed point, as
/// the given <see cref="MeekRules"/> define it: <see cref="MeekRules.OpaVote"/> reproduces OpenSTV
/// 1.7 / OpaVote round by round, <see cref="MeekRules.NewZealand"/> follows SR 2001/145 Schedule 1A.
/// Every candidate has a keep factor (1 while hopeful, 0 once excluded); each ballot gives each
/// candidate in turn its keep factor's share of the value still left; elected candidates' keep
/// factors are lowered to quota/votes so their surpluses flow on; the quota follows the votes
/// still in play. Ties for exclusion are broken on earlier rounds and logged.
/// </summary>
public sealed class MeekStvMethod(MeekRules rules) : ITallyMethod
{
    /// <summary>OpaVote / OpenSTV 1.7 Meek STV, named <c>meek</c>.</summary>
    public MeekStvMethod()
        : this(MeekRules.OpaVote)
    {
    }

    /// <summary>The rule set this instance counts by.</summary>
    public MeekRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <inheritdoc />
    public string Name => Rules.Name;

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        var setup = StvSetup.From(ballots, options);
        var quota = options.Quota == QuotaKind.Default ? Rules.DefaultQuota : options.Quota;
        return new MeekCount(Rules, setup, quota).Run();
    }
}
