using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using static Elections.Core.Tests.Candidacy.Nominations;

namespace Elections.Core.Tests.Candidacy;

public sealed class PullRequestRulesTests
{
    private static NominationAssessment Failing(NominationFacts facts, CandidacyElection? election = null)
    {
        var result = Assess(facts, election);
        Assert.Equal(CheckConclusion.Failure, result.Check.Conclusion);
        Assert.Equal(NominationStatus.Invalid, result.Status);
        Assert.Equal(new NominationLabels(false, false, false), result.Labels);
        Assert.Empty(result.Missing);
        return result;
    }

    [Fact]
    public void Check_AnotherFileChanged_FailsNamingItAndTheFix()
    {
        var facts = Pr(P(1), "voter1") with { Files = [new ChangedFile("candidates/voter1.md", FileChange.Added), new ChangedFile("README.md", FileChange.Modified)] };

        var result = Failing(facts);

        Assert.Contains("`README.md` (modified)", result.Check.Summary, StringComparison.Ordinal);
        Assert.Contains("**Fix:**", result.Check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoCandidateFiles_Fails()
    {
        var facts = Pr(P(1), "voter1") with { Files = [new ChangedFile("candidates/voter1.md", FileChange.Added), new ChangedFile("candidates/voter2.md", FileChange.Added)] };

        Assert.Contains("adds 2 candidate files", Failing(facts).Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NomineeNotOnTheRoll_Fails()
    {
        Assert.Contains("No voter in `voters.json` has the login `ghost-person`", Failing(Pr(P(1), "ghost-person")).Check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NomineeIsAnOfficial_Fails()
    {
        Assert.Contains("election official", Failing(Pr(P(1), Official.Login)).Check.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NomineeWithoutEmail_FailsWithTheFix()
    {
        Assert.Contains("adds their e-mail address", Failing(Pr(P(1), NoEmail.Login)).Problems[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NominatorNotAVoter_Fails()
    {
        Assert.Contains("not on the voter roll", Failing(Pr(Stranger, "voter1")).Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenedAfterNominationsClose_FailsNamingTheDeadline()
    {
        var result = Failing(Pr(P(1), "voter1") with { CreatedAt = NominationsClose });

        Assert.Contains("after nominations closed on 2026-09-27 AoE (2026-09-28 12:00 UTC)", result.Check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenedOneTickBeforeNominationsClose_IsValid()
    {
        Assert.Empty(Assess(Pr(P(1), "voter1") with { CreatedAt = NominationsClose.AddTicks(-1) }).Problems);
    }

    [Fact]
    public void Check_ReopenedAfterNominationsClose_Fails()
    {
        Assert.Contains("reopened", Failing(Pr(P(1), "voter1") with { ReopenedAt = NominationsClose.AddDays(1) }).Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ReopenedAfterNominationsClose_RepliesOnceNamingTheDeadlineAsStatusWritesIt()
    {
        var reopened = NominationsClose.AddDays(1);

        var reply = Assert.Single(Assess(Pr(P(1), "voter1") with { ReopenedAt = reopened }).Replies);

        Assert.Equal((ActionSource.PullRequest, 7, $"reopened-late-{reopened.ToUnixTimeSeconds()}"), (reply.Source, reply.SourceId, reply.Decision));
        Assert.Contains($"after nominations closed on {Config.Timeline.NominationsClose}", reply.Body, StringComparison.Ordinal);
        Assert.Contains(" AoE (", reply.Body, StringComparison.Ordinal);
        Assert.Empty(Assess(Pr(P(1), "voter1") with { ReopenedAt = NominationsClose.AddDays(-1) }).Replies);
    }

    [Fact]
    public void Check_SecondPullRequestForTheSameNominee_PointsToTheFirst()
    {
        var election = Election() with { OpenNominations = [new OpenNomination(3, "VOTER1"), new OpenNomination(7, "voter1")] };

        var result = Failing(Pr(P(2), "voter1", number: 7), election);

        Assert.Contains("#3", result.Problems[0].Fix, StringComparison.Ordinal);
        Assert.Empty(Assess(Pr(P(2), "voter1", number: 3), election).Problems);
    }

    [Fact]
    public void Check_NomineeAlreadyOnTheDefaultBranch_Fails()
    {
        var existing = CandidateFileParser.Parse("candidates/voter1.md", "").Candidate;

        Assert.Contains("already nominated", Failing(Pr(P(2), "voter1"), Election() with { Candidates = [existing] }).Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SelfNominationDisabled_Fails()
    {
        var config = Config with { Nominations = Config.Nominations with { SelfNomination = false } };

        Failing(Pr(P(1), "voter1"), Election() with { Config = config });
    }

    [Theory]
    [InlineData("candidates/voter1.md", FileChange.Added, true, false)]
    [InlineData("candidates/voter1.md", FileChange.Removed, false, true)]
    [InlineData("candidates/voter1.md", FileChange.Modified, false, false)]
    [InlineData("candidates/sub/voter1.md", FileChange.Added, false, false)]
    [InlineData("docs/voter1.md", FileChange.Added, false, false)]
    public void FileRule_ClassifiesPullRequests(string path, FileChange change, bool nomination, bool withdrawal)
    {
        ChangedFile[] files = [new(path, change)];

        Assert.Equal((nomination, withdrawal), (NominationFileRule.IsNomination(files), NominationFileRule.IsWithdrawal(files)));
    }
}
