using Elections.Core.Timeline;

namespace Elections.Core.Configuration;

/// <summary>
/// The election, as code: the typed form of <c>config/election.yml</c> (DESIGN "config/election.yml";
/// the NixOS election keeps the same facts in <c>nix/config.nix</c>, the README and the EC process,
/// nixos-anchor.md §2.2 and §3). Produced only by <see cref="ElectionConfigParser"/>, only when valid.
/// </summary>
public sealed record ElectionConfig
{
    /// <summary>The election's display name.</summary>
    public required string Name { get; init; }

    /// <summary>A short lower-case identifier, e.g. <c>sc-2026</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The GitHub organization that runs the election.</summary>
    public required string Organization { get; init; }

    /// <summary>The election repository inside <see cref="Organization"/>.</summary>
    public required string Repository { get; init; }

    /// <summary>The election committee; officials may not be candidates (nixos-anchor.md §3.2).</summary>
    public required IReadOnlyList<GitHubAccount> Officials { get; init; }

    /// <summary>The dates.</summary>
    public required ElectionTimeline Timeline { get; init; }

    /// <summary>Seats to fill.</summary>
    public required int Seats { get; init; }

    /// <summary>The counting method and its options.</summary>
    public required CountingRules Counting { get; init; }

    /// <summary>Term lengths by place in the final order; empty when every seat has the same term.</summary>
    public IReadOnlyList<TermGroup> Terms { get; init; } = [];

    /// <summary>Who may vote.</summary>
    public required EligibilityRules Eligibility { get; init; }

    /// <summary>How nominations work.</summary>
    public NominationRules Nominations { get; init; } = new();

    /// <summary>The endorsement requirement.</summary>
    public EndorsementRules Endorsements { get; init; } = new();

    /// <summary>The conflict-of-interest balance.</summary>
    public ConflictOfInterestRules ConflictsOfInterest { get; init; } = new();

    /// <summary>The slug of the GitHub team that holds the voters.</summary>
    public required string VotersTeam { get; init; }

    /// <summary>Label names.</summary>
    public LabelNames Labels { get; init; } = new();

    /// <summary>Outgoing mail.</summary>
    public required MailSettings Mail { get; init; }

    /// <summary>Where announcements go besides mail: the website repository, Discourse, the reminder schedule.</summary>
    public AnnouncementSettings Announcements { get; init; } = new();

    /// <summary>Voting-period limit and yes/no threshold.</summary>
    public VotingRules Voting { get; init; } = new();

    /// <summary>Where the results are written back (the governance file).</summary>
    public ResultsSettings Results { get; init; } = new();

    /// <summary>Where every field was written.</summary>
    public required ConfigSourceMap Source { get; init; }

    /// <summary>
    /// The term length in years for the given 1-based place in the final order, from <see cref="Terms"/>;
    /// false when no term group covers that place.
    /// </summary>
    public bool TryGetTermYears(int place, out int years)
    {
        var end = 0;
        foreach (var group in Terms)
        {
            end += group.Seats;
            if (place >= 1 && place <= end)
            {
                years = group.Years;
                return true;
            }
        }

        years = 0;
        return false;
    }
}
