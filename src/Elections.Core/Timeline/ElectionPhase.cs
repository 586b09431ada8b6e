namespace Elections.Core.Timeline;

/// <summary>
/// The phase an election is in at a given instant, derived from the timeline's consecutive
/// half-open windows (nixos-anchor.md §3.5: kickoff, nominations, endorsements and forms,
/// questions, answers, voting, results). The voter-roll freeze is a deadline, not a phase.
/// </summary>
public enum ElectionPhase
{
    /// <summary>Before <c>kickoff</c>.</summary>
    BeforeKickoff,

    /// <summary>[kickoff, nominations_close): nominations are open (endorsements may already be given).</summary>
    Nominations,

    /// <summary>[nominations_close, endorsements_close): nominees collect endorsements, accept and send their forms.</summary>
    Endorsements,

    /// <summary>[endorsements_close, questions_close): voters may still ask candidates questions.</summary>
    Questions,

    /// <summary>[questions_close, answers_close): candidates answer; no new questions.</summary>
    Answers,

    /// <summary>[answers_close, voting_opens): the gap before voting, if the timeline leaves one.</summary>
    BeforeVoting,

    /// <summary>[voting_opens, voting_closes): ballots are cast.</summary>
    Voting,

    /// <summary>[voting_closes, results): the count runs and the result is prepared.</summary>
    Counting,

    /// <summary>At or after the <c>results</c> deadline: results are due (published).</summary>
    ResultsPublished,
}
