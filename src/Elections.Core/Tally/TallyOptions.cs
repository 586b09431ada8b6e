namespace Elections.Core.Tally;

/// <summary>How a candidate a ballot leaves unranked compares with the ones it ranks.</summary>
public enum UnrankedPolicy
{
    /// <summary>Use the method's or the format's documented default.</summary>
    Default,

    /// <summary>Tied below every ranked candidate (OpaVote, Debian).</summary>
    Last,

    /// <summary>Neither above nor below anyone on that ballot (CIVS and Elekto "No opinion").</summary>
    Incomparable,
}

/// <summary>How the Droop quota is computed for STV methods (tally.md §1.8).</summary>
public enum QuotaKind
{
    /// <summary>The method's own default.</summary>
    Default,

    /// <summary>floor(votes / (seats + 1)) + 1.</summary>
    Whole,

    /// <summary>votes / (seats + 1), plus one unit of the method's precision (OpenSTV "fractional").</summary>
    Fractional,
}

/// <summary>Options every method understands; a method ignores those that do not apply to it.</summary>
public sealed record TallyOptions
{
    /// <summary>Seats to fill; when null the ballot file's declared seat count, else 1.</summary>
    public int? Seats { get; init; }

    /// <summary>Droop quota variant for STV methods.</summary>
    public QuotaKind Quota { get; init; } = QuotaKind.Default;

    /// <summary>How unranked candidates compare.</summary>
    public UnrankedPolicy Unranked { get; init; } = UnrankedPolicy.Default;

    /// <summary>Names of candidates withdrawn on the command line, in addition to those the file marks.</summary>
    public IReadOnlyList<string> Withdrawn { get; init; } = [];
}
