using Elections.Core.Candidacy;
using Elections.Core.Timeline;

namespace Elections.Core.Tests.Candidacy;

public sealed class CandidateAnswersTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly Person Candidate = new(1, "amara");
    private static readonly Person Voter = new(2, "bruno");
    private static readonly Person Outsider = new(9, "troll");

    private static readonly ElectionTimeline Timeline = new()
    {
        Kickoff = Deadline.OpeningAoe(new DateOnly(2026, 9, 14)),
        NominationsClose = Deadline.ClosingAoe(new DateOnly(2026, 9, 27)),
        EndorsementsClose = Deadline.ClosingAoe(new DateOnly(2026, 9, 29)),
        QuestionsClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 1)),
        AnswersClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 4)),
        VoterRollFreeze = Deadline.ClosingAoe(new DateOnly(2026, 10, 4)),
        VotingOpens = Deadline.OpeningAoe(new DateOnly(2026, 10, 5)),
        VotingCloses = Deadline.ClosingAoe(new DateOnly(2026, 10, 25)),
        Results = Deadline.ClosingAoe(new DateOnly(2026, 10, 27)),
    };

    [Fact]
    public void Of_LateAndNonVoterQuestionsAndLateAnswers_CountOnlyWhatCameInTime()
    {
        CandidateQuestion[] questions =
        [
            Question(3, Voter, Start, Comment(10, Start.AddDays(20), "Late answer")),
            Question(1, Voter, Start, Comment(11, Start.AddHours(1), "In time"), Comment(12, Start.AddHours(2), "Second")),
            Question(2, Outsider, Start),
            Question(4, Voter, Start.AddDays(20)),
        ];

        var answers = CandidateAnswers.Of(Candidate, questions, id => id == Voter.Id, Timeline);

        Assert.Equal("In time", Assert.Single(answers.Answered).Answer.Body);
        Assert.Equal([3], answers.Unanswered.Select(q => q.Number));
    }

    private static CandidateQuestion Question(int number, Person author, DateTimeOffset at, params CommentFact[] comments) =>
        new(number, $"Q{number}", "Why?", $"https://example.org/{number}", author, at, comments);

    private static CommentFact Comment(long id, DateTimeOffset at, string body) => new(id, Candidate, body, at, at);
}
