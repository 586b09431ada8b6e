using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Timeline;
using Elections.Core.Voters;

namespace Elections.Core.Status;

/// <summary>
/// Where an election stands at one instant: the phase (half-open windows of the timeline, DESIGN
/// principle 7), the deadlines still ahead in AoE and UTC, the roll by voter status, and the
/// nominees by the state of their candidate file. What a status report shows.
/// </summary>
public sealed record ElectionStatus
{
    /// <summary>The election's display name.</summary>
    public required string Election { get; init; }

    /// <summary>The instant the status describes.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The phase at <see cref="At"/>.</summary>
    public required ElectionPhase Phase { get; init; }

    /// <summary>Timeline points after <see cref="At"/>, earliest first.</summary>
    public required IReadOnlyList<TimelineEntry> NextDeadlines { get; init; }

    /// <summary>Number of voters per status, every status listed (zero included).</summary>
    public required IReadOnlyDictionary<VoterStatus, int> VotersByStatus { get; init; }

    /// <summary>Voters who can cast a ballot (<see cref="VoterRules.CanVote"/>).</summary>
    public required int CanVote { get; init; }

    /// <summary>Voters who belong in the voters team (<see cref="VoterRules.BelongsInTeam"/>).</summary>
    public required int InVotersTeam { get; init; }

    /// <summary>Number of nominees per nomination state, every state listed.</summary>
    public required IReadOnlyDictionary<NominationState, int> NomineesByState { get; init; }

    /// <summary>Nominees whose candidate form is complete: the candidates so far.</summary>
    public int Candidates => NomineesByState[NominationState.FormComplete];

    /// <summary>All nominees (one candidate file each).</summary>
    public int Nominees => NomineesByState.Values.Sum();

    /// <summary>Seats to fill.</summary>
    public required int Seats { get; init; }

    /// <summary>Computes the status of the election defined by <paramref name="config"/> and its files at <paramref name="at"/>.</summary>
    public static ElectionStatus Of(ElectionConfig config, VoterRoll roll, IReadOnlyList<CandidateFile> nominees, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(nominees);
        return new ElectionStatus
        {
            Election = config.Name,
            At = at,
            Phase = config.Timeline.PhaseAt(at),
            NextDeadlines = config.Timeline.NextDeadlines(at),
            VotersByStatus = Enum.GetValues<VoterStatus>().ToDictionary(status => status, status => roll.Voters.Count(v => v.Status == status)),
            CanVote = roll.Voters.Count(VoterRules.CanVote),
            InVotersTeam = roll.Voters.Count(VoterRules.BelongsInTeam),
            NomineesByState = Enum.GetValues<NominationState>().ToDictionary(state => state, state => nominees.Count(n => n.State == state)),
            Seats = config.Seats,
        };
    }
}
