using Elections.Core.Tally;

namespace Elections.Core.Configuration;

/// <summary>
/// How ballots are counted (nixos-anchor.md §5.1: CIVS proportional in 2024, Meek STV in 2025).
/// </summary>
public sealed record CountingRules
{
    /// <summary>The tally method name, one of <see cref="CountingMethods.Names"/>.</summary>
    public required string Method { get; init; }

    /// <summary>Droop quota variant for STV methods.</summary>
    public QuotaKind Quota { get; init; } = QuotaKind.Default;

    /// <summary>How unranked candidates compare with ranked ones.</summary>
    public UnrankedPolicy Unranked { get; init; } = UnrankedPolicy.Default;

    /// <summary>The outside service that collects ballots, if any.</summary>
    public ExternalTool External { get; init; } = ExternalTool.None;

    /// <summary>The tally options these rules imply for <paramref name="seats"/> seats.</summary>
    public TallyOptions ToTallyOptions(int seats) => new() { Seats = seats, Quota = Quota, Unranked = Unranked };
}
