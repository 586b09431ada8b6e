namespace Elections.Core.Validation;

/// <summary>
/// The domain keys of the settings a count and a ballot read take. Core names a setting by its key in
/// <see cref="Problem.Field"/> (<see cref="Problem.Setting"/>), never by how a host lets a person give
/// it: the command line maps a key to its flag (<c>counting.seats</c> → <c>--seats</c>), a count
/// configured in <c>config/election.yml</c> to the file and line that set it (DESIGN principle 6).
/// </summary>
public static class SettingKeys
{
    /// <summary>The counting method (<c>counting.method</c> in election.yml).</summary>
    public const string Method = "counting.method";

    /// <summary>The number of seats to fill.</summary>
    public const string Seats = "counting.seats";

    /// <summary>The quota rule (<c>counting.quota</c>).</summary>
    public const string Quota = "counting.quota";

    /// <summary>How unranked candidates count (<c>counting.unranked</c>).</summary>
    public const string Unranked = "counting.unranked";

    /// <summary>How many winners, in order, get the long term (instead of the election's <c>terms</c>).</summary>
    public const string LongTerms = "counting.long_terms";

    /// <summary>The candidates withdrawn before the count, beyond those the ballot file marks.</summary>
    public const string Withdrawn = "counting.withdrawn";

    /// <summary>The Debian default option's name.</summary>
    public const string DefaultOption = "counting.default_option";

    /// <summary>The conflict-of-interest groups; one group is <see cref="ConflictGroup"/>.</summary>
    public const string Conflicts = "counting.conflicts";

    /// <summary>The ballot file's format, when it is forced rather than detected.</summary>
    public const string BallotFormat = "ballots.format";

    /// <summary>The cast-vote-record rules (overvotes, skipped ranks), when forced rather than detected.</summary>
    public const string CvrRules = "ballots.cvr_rules";

    /// <summary>The key of conflict group <paramref name="name"/>: <c>counting.conflicts.groups.NAME</c>.</summary>
    public static string ConflictGroup(string name) => $"{Conflicts}.groups.{name}";
}
