using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// The election a nomination is judged against, read at the base (default) branch, never at the pull
/// request's head (DESIGN principle 4): config, roll, the candidate files already there, the committee's
/// conflict groups (private, from the store) and the other open nomination pull requests.
/// </summary>
public sealed record CandidacyElection
{
    /// <summary>The election config.</summary>
    public required ElectionConfig Config { get; init; }

    /// <summary>The voter roll.</summary>
    public required VoterRoll Roll { get; init; }

    /// <summary>The candidate files on the base branch.</summary>
    public IReadOnlyList<CandidateFile> Candidates { get; init; } = [];

    /// <summary>The committee's conflict groups.</summary>
    public IReadOnlyList<ConflictGroup> ConflictGroups { get; init; } = [];

    /// <summary>Every open nomination pull request (this one may be among them; it is skipped).</summary>
    public IReadOnlyList<OpenNomination> OpenNominations { get; init; } = [];
}
