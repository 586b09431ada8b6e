using Elections.Core.Candidates;
using Elections.Core.Configuration;

namespace Elections.Core.Tally.Settings;

/// <summary>
/// What an election's repository says about its count (<c>tally --election DIR</c>): the
/// configuration (method, seats, quota, unranked rule, terms, conflict cap), the candidate files
/// (their declared conflicts of interest), and how to name the configuration file in messages.
/// </summary>
public sealed record ElectionCountRules
{
    /// <summary>The valid configuration.</summary>
    public required ElectionConfig Config { get; init; }

    /// <summary>The candidate files, for their declared conflicts of interest.</summary>
    public IReadOnlyList<CandidateFile> Candidates { get; init; } = [];

    /// <summary>The configuration file as people should find it, e.g. <c>../sc/config/election.yml</c>.</summary>
    public required string ConfigPath { get; init; }

    /// <summary><c>config/election.yml:LINE</c> for a field, or the file alone when the field was left at its default.</summary>
    public string Where(string field)
    {
        var line = Config.Source.IsWritten(field) ? Config.Source.LineOf(field) : 0;
        return line > 0 ? $"{ConfigPath}:{line}" : ConfigPath;
    }

    /// <summary>The 1-based line of a field, 0 when it was not written.</summary>
    public int LineOf(string field) => Config.Source.LineOf(field);
}
