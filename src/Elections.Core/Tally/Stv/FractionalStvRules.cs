namespace Elections.Core.Tally.Stv;

/// <summary>
/// The local rules of a US multi-seat fractional-transfer STV count (tally.md §1.10), with the
/// Minneapolis and Portland presets.
/// </summary>
public sealed record FractionalStvRules
{
    /// <summary>
    /// Minneapolis (Code of Ordinances ch. 167, as in RCTab's "Minneapolis Rules" config):
    /// threshold floor(V/(seats+1)) + 1 on the first round's continuing ballots; every candidate at
    /// the threshold is elected in the same round and all their surpluses move together; transfer
    /// fraction surplus/votes and ballot values truncated to 4 decimals; one exclusion per round.
    /// </summary>
    public static FractionalStvRules Minneapolis { get; } = new()
    {
        Name = "stv",
        Decimals = 4,
        SurplusesTogether = true,
    };

    /// <summary>
    /// Portland, Oregon (City Code ch. 2.08 proportional ranked-choice voting, 2024): the same
    /// threshold and 4-decimal truncated fractional transfers, but surpluses move one candidate
    /// per round, largest first.
    /// </summary>
    public static FractionalStvRules Portland { get; } = new()
    {
        Name = "stv-portland",
        Decimals = 4,
        SurplusesTogether = false,
    };

    /// <summary>The method's name (<see cref="ITallyMethod.Name"/>).</summary>
    public required string Name { get; init; }

    /// <summary>Decimals of the vote arithmetic.</summary>
    public required int Decimals { get; init; }

    /// <summary>Whether all surpluses pending move in one round (else largest first, one per round).</summary>
    public required bool SurplusesTogether { get; init; }
}
