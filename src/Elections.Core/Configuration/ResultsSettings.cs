namespace Elections.Core.Configuration;

/// <summary>What happens with the results after the count (issue 13 items 6 and 7): where they are written back.</summary>
public sealed record ResultsSettings
{
    /// <summary>The governance file the winners are written back to; null when there is none.</summary>
    public GovernanceFile? GovernanceFile { get; init; }

    /// <summary>The embargo's default: a day between telling the candidates and publishing.</summary>
    public const int DefaultEmbargoHours = 24;

    /// <summary>Hours between the result going privately to the candidates and its public release (<c>results.embargo_hours</c>).</summary>
    public int EmbargoHours { get; init; } = DefaultEmbargoHours;
}

/// <summary>
/// A file in a governance repository listing the committee's members (<c>results.governance_file</c>), which
/// <c>elections results writeback</c> proposes to update with a pull request.
/// </summary>
/// <param name="Repository">The repository as <c>owner/name</c>.</param>
/// <param name="Path">The file's path in it.</param>
/// <param name="Format">The file's format; <c>yaml-members</c> (a YAML list of <c>{login, name, term_ends}</c>) is the only one.</param>
/// <param name="Line">The line of <c>governance_file</c> in the config.</param>
public sealed record GovernanceFile(string Repository, string Path, string Format, int Line)
{
    /// <summary>The format name of a YAML list of members <c>{login, name, term_ends}</c>.</summary>
    public const string YamlMembers = "yaml-members";
}
