using Elections.Core.Timeline;

namespace Elections.Core.Tests.Timeline;

public sealed class ElectionTimelineTests
{
    /// <summary>The sample election's dates (config/election.yml), with answers due a day earlier so there is a gap before voting.</summary>
    private static readonly ElectionTimeline Sample = new()
    {
        Kickoff = Deadline.OpeningAoe(new DateOnly(2026, 9, 14)),
        NominationsClose = Deadline.ClosingAoe(new DateOnly(2026, 9, 27)),
        EndorsementsClose = Deadline.ClosingAoe(new DateOnly(2026, 9, 29)),
        QuestionsClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 1)),
        AnswersClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 3)),
        VoterRollFreeze = Deadline.ClosingAoe(new DateOnly(2026, 10, 4)),
        VotingOpens = Deadline.OpeningAoe(new DateOnly(2026, 10, 5)),
        VotingCloses = Deadline.ClosingAoe(new DateOnly(2026, 10, 25)),
        Results = Deadline.ClosingAoe(new DateOnly(2026, 10, 27)),
    };

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(9, 14, 12, ElectionPhase.Nominations)]
    [InlineData(9, 28, 12, ElectionPhase.Endorsements)]
    [InlineData(9, 30, 12, ElectionPhase.Questions)]
    [InlineData(10, 2, 12, ElectionPhase.Answers)]
    [InlineData(10, 4, 12, ElectionPhase.BeforeVoting)]
    [InlineData(10, 5, 12, ElectionPhase.Voting)]
    [InlineData(10, 26, 12, ElectionPhase.Counting)]
    [InlineData(10, 28, 12, ElectionPhase.ResultsPublished)]
    public void PhaseAt_ExactStartOfWindow_IsInThatWindow(int month, int day, int hour, ElectionPhase phase)
    {
        Assert.Equal(phase, Sample.PhaseAt(Utc(month, day, hour)));
    }

    [Theory]
    [InlineData(9, 14, 12, ElectionPhase.BeforeKickoff)]
    [InlineData(9, 28, 12, ElectionPhase.Nominations)]
    [InlineData(9, 30, 12, ElectionPhase.Endorsements)]
    [InlineData(10, 2, 12, ElectionPhase.Questions)]
    [InlineData(10, 4, 12, ElectionPhase.Answers)]
    [InlineData(10, 5, 12, ElectionPhase.BeforeVoting)]
    [InlineData(10, 26, 12, ElectionPhase.Voting)]
    [InlineData(10, 28, 12, ElectionPhase.Counting)]
    public void PhaseAt_JustBeforeEndOfWindow_IsStillInThatWindow(int month, int day, int hour, ElectionPhase phase)
    {
        Assert.Equal(phase, Sample.PhaseAt(Utc(month, day, hour).AddTicks(-1)));
    }

    [Fact]
    public void PhaseAt_EmptyWindow_IsSkipped()
    {
        var noGap = Sample with { AnswersClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 4)) };

        Assert.Equal(ElectionPhase.Answers, noGap.PhaseAt(Utc(10, 5, 12).AddTicks(-1)));
        Assert.Equal(ElectionPhase.Voting, noGap.PhaseAt(Utc(10, 5, 12)));
    }

    [Fact]
    public void IsVoterRollFrozen_AtFreeze_IsTrueWhilePhaseIsUnchanged()
    {
        var freeze = Utc(10, 5, 12);
        var withLaterAnswers = Sample with { AnswersClose = Deadline.ClosingAoe(new DateOnly(2026, 10, 4)), VoterRollFreeze = Deadline.ClosingAoe(new DateOnly(2026, 10, 2)) };

        Assert.False(Sample.IsVoterRollFrozen(freeze.AddTicks(-1)));
        Assert.True(Sample.IsVoterRollFrozen(freeze));
        Assert.True(withLaterAnswers.IsVoterRollFrozen(Utc(10, 4, 0)));
        Assert.Equal(ElectionPhase.Answers, withLaterAnswers.PhaseAt(Utc(10, 4, 0)));
    }

    [Fact]
    public void NextDeadlines_DuringEndorsements_ListsUpcomingInOrder()
    {
        var upcoming = Sample.NextDeadlines(Utc(9, 29, 0));

        Assert.Equal(
            ["endorsements_close", "questions_close", "answers_close", "voter_roll_freeze", "voting_opens", "voting_closes", "results"],
            upcoming.Select(entry => entry.Key));
        Assert.Equal("Endorsements, acceptances and candidate forms close: 2026-09-29 AoE (2026-09-30 12:00 UTC)", upcoming[0].ToString());
    }

    [Fact]
    public void NextDeadlines_AtADeadline_ExcludesIt()
    {
        var upcoming = Sample.NextDeadlines(Sample.VotingCloses.Utc);

        Assert.Equal(["results"], upcoming.Select(entry => entry.Key));
    }

    [Fact]
    public void NextDeadlines_SameInstant_KeepsConfigurationOrder()
    {
        var upcoming = Sample.NextDeadlines(Utc(10, 4, 13));

        Assert.Equal(["voter_roll_freeze", "voting_opens", "voting_closes", "results"], upcoming.Select(entry => entry.Key));
        Assert.Equal(upcoming[0].Deadline.Utc, upcoming[1].Deadline.Utc);
    }

    [Fact]
    public void NextDeadlines_AfterResults_IsEmpty()
    {
        Assert.Empty(Sample.NextDeadlines(Utc(12, 1, 0)));
    }

    [Fact]
    public void VotingPeriod_SampleDates_IsTwentyOneDays()
    {
        Assert.Equal(TimeSpan.FromDays(21), Sample.VotingPeriod);
    }
}
