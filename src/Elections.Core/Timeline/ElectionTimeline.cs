namespace Elections.Core.Timeline;

/// <summary>
/// The election's dates (nixos-anchor.md §3.5), each an Anywhere-on-Earth date or an exact instant.
/// The phase windows are consecutive and half-open: kickoff ≤ nominations_close ≤
/// endorsements_close ≤ questions_close ≤ answers_close ≤ voting_opens &lt; voting_closes ≤ results
/// (the configuration validator enforces this order). The voter-roll freeze overlaps the phases:
/// it is a deadline only (listed by <see cref="NextDeadlines"/>, tested by <see cref="IsVoterRollFrozen"/>),
/// never a phase of its own, and must fall between kickoff and voting_opens.
/// </summary>
public sealed record ElectionTimeline
{
    /// <summary>The election starts (opening date).</summary>
    public required Deadline Kickoff { get; init; }

    /// <summary>Nominations close (closing date).</summary>
    public required Deadline NominationsClose { get; init; }

    /// <summary>Endorsements, nominee acceptance and candidate forms are due (closing date).</summary>
    public required Deadline EndorsementsClose { get; init; }

    /// <summary>Questions to candidates close (closing date).</summary>
    public required Deadline QuestionsClose { get; init; }

    /// <summary>Candidates' answers are due (closing date).</summary>
    public required Deadline AnswersClose { get; init; }

    /// <summary>The voter roll is frozen: no changes after this instant (closing date).</summary>
    public required Deadline VoterRollFreeze { get; init; }

    /// <summary>Voting opens (opening date).</summary>
    public required Deadline VotingOpens { get; init; }

    /// <summary>Voting closes (closing date).</summary>
    public required Deadline VotingCloses { get; init; }

    /// <summary>Results are due (closing date).</summary>
    public required Deadline Results { get; init; }

    /// <summary>The length of the voting window, [voting_opens, voting_closes).</summary>
    public TimeSpan VotingPeriod => VotingCloses.Utc - VotingOpens.Utc;

    /// <summary>Every timeline point in configuration order, with its key and title.</summary>
    public IReadOnlyList<TimelineEntry> Entries =>
    [
        new("kickoff", "Election starts", Kickoff),
        new("nominations_close", "Nominations close", NominationsClose),
        new("endorsements_close", "Endorsements, acceptances and candidate forms close", EndorsementsClose),
        new("questions_close", "Questions to candidates close", QuestionsClose),
        new("answers_close", "Candidate answers close", AnswersClose),
        new("voter_roll_freeze", "Voter roll freezes", VoterRollFreeze),
        new("voting_opens", "Voting opens", VotingOpens),
        new("voting_closes", "Voting closes", VotingCloses),
        new("results", "Results due", Results),
    ];

    /// <summary>
    /// The phase at <paramref name="now"/>: each window includes its start and excludes its end, so at
    /// the exact closing instant of nominations the phase is already <see cref="ElectionPhase.Endorsements"/>.
    /// Empty windows (two equal dates) are skipped.
    /// </summary>
    public ElectionPhase PhaseAt(DateTimeOffset now)
    {
        if (now < Kickoff.Instant)
        {
            return ElectionPhase.BeforeKickoff;
        }

        (Deadline End, ElectionPhase Phase)[] windows =
        [
            (NominationsClose, ElectionPhase.Nominations),
            (EndorsementsClose, ElectionPhase.Endorsements),
            (QuestionsClose, ElectionPhase.Questions),
            (AnswersClose, ElectionPhase.Answers),
            (VotingOpens, ElectionPhase.BeforeVoting),
            (VotingCloses, ElectionPhase.Voting),
            (Results, ElectionPhase.Counting),
        ];
        foreach (var (end, phase) in windows)
        {
            if (now < end.Instant)
            {
                return phase;
            }
        }

        return ElectionPhase.ResultsPublished;
    }

    /// <summary>
    /// Every timeline point strictly after <paramref name="now"/> (one that is exactly now has passed),
    /// earliest first; points at the same instant keep configuration order.
    /// </summary>
    public IReadOnlyList<TimelineEntry> NextDeadlines(DateTimeOffset now) =>
        Entries.Where(entry => entry.Deadline.Instant > now).OrderBy(entry => entry.Deadline.Utc).ToList();

    /// <summary>True at and after the voter-roll freeze: roll changes are refused from then on.</summary>
    public bool IsVoterRollFrozen(DateTimeOffset now) => VoterRollFreeze.HasPassed(now);
}
