using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using static Elections.Core.Tests.Candidacy.Nominations;

namespace Elections.Core.Tests.Candidacy;

public sealed class NominationAssessorTests
{
    [Fact]
    public void Assess_SelfNominationWithFormAndThreeIndependentEndorsers_IsConfirmedWithSuccess()
    {
        var facts = Pr(P(1), "voter1").WithReviews(Approve(P(2)), Approve(P(3))).WithComments(Comment(P(4), "!endorse"));

        var result = Assess(facts);

        Assert.Equal(NominationStatus.Confirmed, result.Status);
        Assert.Equal(CheckConclusion.Success, result.Check.Conclusion);
        Assert.True(result.Accepted);
        Assert.True(result.FormComplete);
        Assert.Equal(["voter2", "voter3", "voter4"], result.Endorsers.Select(e => e.Endorser.Login).Order());
        Assert.Equal(4, result.Independence.Size);
        Assert.Empty(result.Missing);
        Assert.Equal(new NominationLabels(true, true, true), result.Labels);
        Assert.Equal(1, result.NomineeId);
    }

    [Fact]
    public void Assess_NominatedByOtherWithoutAcceptance_IsPendingListingAcceptance()
    {
        var result = Assess(Pr(P(1), "voter2").WithReviews(Approve(P(3)), Approve(P(4)), Approve(P(5))));

        Assert.Equal(NominationStatus.Pending, result.Status);
        Assert.Equal(CheckConclusion.Neutral, result.Check.Conclusion);
        Assert.Equal([Missing.Acceptance], result.Missing.Select(m => m.Code));
        Assert.Contains("`!accept`", result.Check.Summary, StringComparison.Ordinal);
        Assert.Equal(new NominationLabels(true, false, true), result.Labels);
    }

    [Fact]
    public void Assess_NominatorIsNotCountedAsEndorser_UnlessTheyEndorse()
    {
        var facts = Pr(P(1), "voter2").WithComments(Comment(P(2), "!accept"));

        Assert.Empty(Assess(facts).Endorsers);
        Assert.Equal(["voter1"], Assess(facts.WithComments(Comment(P(1), "!endorse"))).Endorsers.Select(e => e.Endorser.Login));
    }

    [Fact]
    public void Assess_SomeoneElsesAccept_IsIgnoredWithOneReply()
    {
        var comment = Comment(P(3), "!accept");
        var result = Assess(Pr(P(1), "voter2").WithComments(comment));

        Assert.Equal(NomineeDecision.Waiting, result.Decision);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(RejectionReason.NotNominee, rejected.Reason);
        var reply = Assert.Single(result.Replies);
        Assert.Equal((ActionSource.Comment, comment.Id, "not-nominee"), (reply.Source, reply.SourceId, reply.Decision));
        Assert.StartsWith("@voter3, only @voter2 can accept", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LateAcceptance_IsRefusedNamingTheDeadlineInAoeAndUtc()
    {
        var result = Assess(Pr(P(1), "voter2").WithComments(Comment(P(2), "!accept", EndorsementsClose)));

        Assert.Equal(NomineeDecision.Waiting, result.Decision);
        Assert.Equal(RejectionReason.Late, Assert.Single(result.Rejected).Reason);
        Assert.Contains("2026-09-29 AoE (2026-09-30 12:00 UTC)", Assert.Single(result.Replies).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AcceptOneSecondBeforeTheDeadline_Counts()
    {
        var result = Assess(Pr(P(1), "voter2").WithComments(Comment(P(2), "!accept", EndorsementsClose.AddSeconds(-1))));

        Assert.True(result.Accepted);
    }

    [Theory]
    [InlineData(999, RejectionReason.NotAVoter, "non-voter")]
    [InlineData(30, RejectionReason.CannotVote, "cannot-vote")]
    [InlineData(5100001, RejectionReason.Official, "official")]
    [InlineData(1, RejectionReason.Nominee, "nominee")]
    public void Assess_EndorsementByIneligiblePerson_IsRejectedWithReasonAndReply(long id, RejectionReason reason, string decision)
    {
        var person = id switch { 999 => Stranger, 30 => NoEmail, 5100001 => Official, _ => P(1) };
        var result = Assess(Pr(P(1), "voter1").WithComments(Comment(person, "!endorse")).WithReviews(Approve(person)));

        Assert.Empty(result.Endorsers);
        Assert.Equal([reason, reason], result.Rejected.Select(r => r.Reason));
        Assert.Equal([decision, decision], result.Replies.Select(r => r.Decision));
        Assert.Equal([ActionSource.Comment, ActionSource.Review], result.Replies.Select(r => r.Source).Order());
    }

    [Fact]
    public void Assess_LateEndorsement_IsRejected_ByGitHubsTimestampNotProcessingTime()
    {
        var result = Assess(Pr(P(1), "voter1").WithReviews(Approve(P(2), EndorsementsClose), Approve(P(3), EndorsementsClose.AddTicks(-1))));

        Assert.Equal(["voter3"], result.Endorsers.Select(e => e.Endorser.Login));
        Assert.Equal(RejectionReason.Late, Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Assess_Unendorse_RetractsAndAnEndorsementAfterItCountsAgain()
    {
        var start = Opened.AddHours(1);
        var retracted = Assess(Pr(P(1), "voter1").WithReviews(Approve(P(2), start)).WithComments(Comment(P(2), "!unendorse", start.AddMinutes(1))));
        var again = Assess(Pr(P(1), "voter1").WithReviews(Approve(P(2), start)).WithComments(Comment(P(2), "!unendorse", start.AddMinutes(1)), Comment(P(2), "!endorse", start.AddMinutes(2))));

        Assert.Empty(retracted.Endorsers);
        var endorsement = Assert.Single(again.Endorsers);
        Assert.Equal(EndorsementChannel.Comment, endorsement.Channel);
    }

    [Fact]
    public void Assess_DismissedOrChangesRequestedReview_DoesNotEndorse()
    {
        var start = Opened.AddHours(1);
        var dismissed = new ReviewFact(1, P(2), ReviewVerdict.Dismissed, start);
        var changed = new ReviewFact(3, P(3), ReviewVerdict.ChangesRequested, start.AddMinutes(5));
        var result = Assess(Pr(P(1), "voter1").WithReviews(dismissed, Approve(P(3), start), changed, new ReviewFact(4, P(4), ReviewVerdict.Commented, start)));

        Assert.Empty(result.Endorsers);
    }

    [Fact]
    public void Assess_AThousandCommandsInOneComment_CountOnce()
    {
        var body = string.Join("\n", Enumerable.Repeat("!endorse", 1000));
        var result = Assess(Pr(P(1), "voter1").WithComments(Comment(P(2), body), Comment(P(2), body)));

        Assert.Single(result.Endorsers);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public void Assess_Typo_GetsAHintAndDoesNotCount()
    {
        var comment = Comment(P(2), "!endorce");
        var result = Assess(Pr(P(1), "voter1").WithComments(comment));

        Assert.Empty(result.Endorsers);
        var reply = Assert.Single(result.Replies);
        Assert.Equal("typo", reply.Decision);
        Assert.Contains("did you mean `!endorse`?", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EditedComment_IsJudgedAtItsLastEdit()
    {
        var created = Opened.AddHours(1);
        var editedLate = new CommentFact(55, P(2), "!endorse", created, EndorsementsClose.AddHours(1));
        var editedInTime = editedLate with { UpdatedAt = created.AddHours(1) };

        Assert.Equal(RejectionReason.Late, Assert.Single(Assess(Pr(P(1), "voter1").WithComments(editedLate)).Rejected).Reason);
        Assert.Single(Assess(Pr(P(1), "voter1").WithComments(editedInTime)).Endorsers);
    }

    [Fact]
    public void Assess_ClosedPullRequest_IsWithdrawnAndLaterEndorsementsAreRefused()
    {
        var closedAt = Opened.AddHours(3);
        var facts = Pr(P(1), "voter1") with { State = PullRequestState.Closed, ClosedAt = closedAt };
        var result = Assess(facts.WithReviews(Approve(P(2), closedAt.AddMinutes(-1))).WithComments(Comment(P(3), "!endorse", closedAt.AddMinutes(1))));

        Assert.Equal(NomineeDecision.Withdrawn, result.Decision);
        Assert.Equal(NominationStatus.Invalid, result.Status);
        Assert.Equal(CheckConclusion.Neutral, result.Check.Conclusion);
        Assert.Equal(["voter2"], result.Endorsers.Select(e => e.Endorser.Login));
        Assert.Equal(RejectionReason.ClosedPullRequest, Assert.Single(result.Rejected).Reason);
        Assert.Equal("closed", Assert.Single(result.Replies).Decision);
    }

    [Fact]
    public void Assess_ApprovalInTheSecondOfTheClose_CountsAsBeforeIt()
    {
        var closedAt = Opened.AddHours(3);
        var facts = Pr(P(1), "voter1") with { State = PullRequestState.Closed, ClosedAt = closedAt };
        var result = Assess(facts.WithReviews(Approve(P(2), closedAt)).WithComments(Comment(P(3), "!endorse", closedAt.AddSeconds(1))));

        Assert.Equal(["voter2"], result.Endorsers.Select(e => e.Endorser.Login));
        Assert.Equal("voter3", Assert.Single(result.Rejected).Actor.Login);
    }

    [Fact]
    public void Assess_DeclineThenAccept_LastWordWins()
    {
        var start = Opened.AddHours(1);
        var declined = Assess(Pr(P(1), "voter2").WithComments(Comment(P(2), "!decline", start)));
        var accepted = Assess(Pr(P(1), "voter2").WithComments(Comment(P(2), "!decline", start), Comment(P(2), "!accept", start.AddMinutes(1))));

        Assert.Equal(NomineeDecision.Declined, declined.Decision);
        Assert.Equal(NominationStatus.Invalid, declined.Status);
        Assert.Equal(CheckConclusion.Neutral, declined.Check.Conclusion);
        Assert.Equal(NomineeDecision.Accepted, accepted.Decision);
    }

    [Fact]
    public void Assess_IncompleteForm_IsPendingAndNamesTheMissingFields()
    {
        var facts = Pr(P(1), "voter1") with { HeadFile = CandidateFileParser.Parse("candidates/voter1.md", "---\nname: A\n---\n") };
        var result = Assess(facts.WithReviews(Approve(P(2)), Approve(P(3)), Approve(P(4))));

        Assert.False(result.FormComplete);
        Assert.Equal([Missing.Form], result.Missing.Select(m => m.Code));
        Assert.Contains("`email` is missing", result.Check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ConflictGroups_LimitIndependence()
    {
        var group = new ConflictGroup("Acme", [2, 3, 4]);
        var result = Assess(Pr(P(1), "voter1").WithReviews(Approve(P(2)), Approve(P(3)), Approve(P(4))), Election(group));

        Assert.Equal(2, result.Independence.Size);
        Assert.False(result.EndorsementRuleMet);
        Assert.Equal([Missing.Independence], result.Missing.Select(m => m.Code));
        Assert.Contains("2 of 4 mutually independent", result.Check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ReviewChannelOff_ApprovalGetsAReplyInsteadOfCounting()
    {
        var config = Config with { Endorsements = Config.Endorsements with { Channels = [EndorsementChannel.Comment] } };
        var result = NominationAssessor.Assess(Pr(P(1), "voter1").WithReviews(Approve(P(2))), Election() with { Config = config });

        Assert.Empty(result.Endorsers);
        Assert.Equal(RejectionReason.ChannelNotUsed, Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void Assess_BotComments_AreNotRead()
    {
        var result = Assess(Pr(P(1), "voter1").WithComments(Comment(new Person(77, "elections[bot]"), "!endorse")));

        Assert.Empty(result.Endorsers);
        Assert.Empty(result.Rejected);
    }
}
