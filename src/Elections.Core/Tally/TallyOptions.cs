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

/// <summary>How the strength of a pairwise defeat X over Y is measured (tally.md §1.1).</summary>
public enum DefeatStrength
{
    /// <summary>The method's own default (winning votes for Schulze).</summary>
    Default,

    /// <summary>d[X,Y], the votes for the winner of the pair (Schulze's default, CIVS, Elekto, Debian).</summary>
    WinningVotes,

    /// <summary>d[X,Y] − d[Y,X].</summary>
    Margins,
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

    /// <summary>Names of candidates withdrawn before the count (<see cref="Validation.SettingKeys.Withdrawn"/>), in addition to those the file marks.</summary>
    public IReadOnlyList<string> Withdrawn { get; init; } = [];

    /// <summary>Pairwise defeat strength for Schulze (winning votes unless margins are asked for).</summary>
    public DefeatStrength Strength { get; init; } = DefeatStrength.Default;

    /// <summary>
    /// Debian constitution §A.6(2): an option ranked above the default option on fewer ballots
    /// than this is dropped. 0 = no quorum.
    /// </summary>
    public long Quorum { get; init; }

    /// <summary>
    /// Debian constitution §A.6(3): an option must defeat the default option by more than this
    /// many to one (1 = simple majority, 3 = the 3:1 supermajority for constitutional changes).
    /// </summary>
    public int Supermajority { get; init; } = 1;

    /// <summary>
    /// The Debian default option ("None of the Above", "Further Discussion"); when null the
    /// method looks for a candidate with one of those names.
    /// </summary>
    public string? DefaultOption { get; init; }
}
