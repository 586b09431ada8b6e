using Elections.App.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Voters;

namespace Elections.App.Presentation.Dashboard;

/// <summary>What the election dashboard shows (issue 14 item 3).</summary>
public sealed record DashboardModel
{
    /// <summary>The election.</summary>
    public required ElectionConfig Config { get; init; }

    /// <summary>The voter roll (its size is shown).</summary>
    public required VoterRoll Roll { get; init; }

    /// <summary>Every nominee, as <c>elections candidates status</c> lists them.</summary>
    public required IReadOnlyList<NomineeStanding> Nominees { get; init; }

    /// <summary>When the page is rendered: the phase and the static countdowns are computed at this instant.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The election repository's web address, e.g. https://github.com/examplecoop/sc-election-2026.</summary>
    public required string RepositoryUrl { get; init; }

    /// <summary>A link to the results report (the tally report), once counted; empty before.</summary>
    public string ResultsHref { get; init; } = "";

    /// <summary>The elected in order with their terms, from <c>results/results.json</c> once it is published; empty before.</summary>
    public IReadOnlyList<(string Login, string Name, int TermYears)> Elected { get; init; } = [];
}
