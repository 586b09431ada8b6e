using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using static Elections.Core.Tests.Candidacy.Nominations;

namespace Elections.Core.Tests.Candidacy;

public sealed class WithdrawalRulesTests
{
    private static readonly CandidacyElection WithCandidate = Election() with
    {
        Candidates = [CandidateFileParser.Parse("candidates/voter3.md", CompleteForm("voter3")).Candidate],
    };

    private static WithdrawalFacts Deleting(Person author, params string[] logins) => new()
    {
        Number = 9,
        Author = author,
        CreatedAt = Opened,
        Files = [.. logins.Select(l => new ChangedFile($"candidates/{l}.md", FileChange.Removed))],
    };

    [Fact]
    public void Check_TheCandidateDeletesTheirFile_SucceedsSayingWhatMergingDoes()
    {
        var check = WithdrawalRules.Check(Deleting(P(3), "voter3"), WithCandidate, out var login);

        Assert.Equal((CheckConclusion.Success, "@voter3 withdraws from the election", "voter3"), (check.Conclusion, check.Title, login));
        Assert.Contains("Merging this pull request deletes `candidates/voter3.md`", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnOfficialDeletesTheFile_Succeeds()
    {
        Assert.Equal(CheckConclusion.Success, WithdrawalRules.Check(Deleting(Official, "voter3"), WithCandidate, out _).Conclusion);
    }

    [Fact]
    public void Check_SomeoneElseDeletesTheFile_FailsWithTheFix()
    {
        var check = WithdrawalRules.Check(Deleting(P(4), "voter3"), WithCandidate, out _);

        Assert.Equal(CheckConclusion.Failure, check.Conclusion);
        Assert.StartsWith("Invalid withdrawal: Only @voter3", check.Title, StringComparison.Ordinal);
        Assert.Contains("**Fix:** Close this pull request; @voter3 opens their own.", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoSuchCandidateOnTheDefaultBranch_Fails()
    {
        var check = WithdrawalRules.Check(Deleting(P(5), "voter5"), WithCandidate, out _);

        Assert.Equal(CheckConclusion.Failure, check.Conclusion);
        Assert.Contains("`candidates/voter5.md` is not on the default branch", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoFiles_FailsOnePerPullRequest()
    {
        Assert.Contains("deletes 2 candidate files", WithdrawalRules.Check(Deleting(P(3), "voter3", "voter4"), WithCandidate, out _).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenedAfterVotingOpens_FailsNamingTheDeadline()
    {
        var late = Deleting(P(3), "voter3") with { CreatedAt = Config.Timeline.VotingOpens.Instant };

        var check = WithdrawalRules.Check(late, WithCandidate, out _);

        Assert.Equal(CheckConclusion.Failure, check.Conclusion);
        Assert.Contains($"when voting opened on {Config.Timeline.VotingOpens}", check.Summary, StringComparison.Ordinal);
    }
}
