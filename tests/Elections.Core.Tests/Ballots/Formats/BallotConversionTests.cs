using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tests.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class BallotConversionTests
{
    private static readonly BallotBox Partial = TestBallots.Of("A B C", ("C>A", 2), ("A", 3), ("B>C", 1));

    [Fact]
    public void Plan_IncomparableToBlt_WritesTheRuleInACommentWithAWarning()
    {
        var plan = BallotConversion.Plan(Partial, UnrankedPolicy.Incomparable, BallotFormat.Blt);

        Assert.True(plan.RuleInComment);
        Assert.Contains("other BLT tools", Assert.Single(plan.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BallotFormat.CivsUpload)]
    [InlineData(BallotFormat.CivsProportional)]
    [InlineData(BallotFormat.Debian)]
    public void Plan_IncomparableToTiedLastFormat_RefusesSayingWhy(BallotFormat target)
    {
        var error = Assert.Throws<InvalidInputException>(() => BallotConversion.Plan(Partial, UnrankedPolicy.Incomparable, target));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("--to", problem.File);
        Assert.Contains("6 ballots leave candidates unranked", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--unranked last", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CompleteBallots_AnyRuleGoesAnywhere()
    {
        var complete = TestBallots.Of("A B", ("A>B", 2), ("B>A", 1), ("", 1));

        var plan = BallotConversion.Plan(complete, UnrankedPolicy.Incomparable, BallotFormat.Debian);

        Assert.Empty(plan.Warnings);
        Assert.False(plan.RuleInComment);
    }

    [Fact]
    public void Plan_WithdrawnCandidateToCivs_Refuses()
    {
        var builder = new BallotBoxBuilder();
        builder.AddCandidate("A");
        builder.AddCandidate("B");
        builder.Withdraw(1);
        builder.Add(1, [[0], [1]]);

        var error = Assert.Throws<InvalidInputException>(() => BallotConversion.Plan(builder.Build(), UnrankedPolicy.Last, BallotFormat.Civs));

        Assert.Contains("withdraws B", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBlt_Incomparable_ReadsBackIncomparableAndCountsTheSame()
    {
        var text = BallotWriter.WriteToString(Partial, BallotFormat.Blt, UnrankedPolicy.Incomparable);
        var file = BallotReader.Read(text, "k.blt");
        Assert.True(TallyMethods.TryGet("schulze", out var schulze));

        Assert.StartsWith("3 1\n# elections: unranked=incomparable\n", text, StringComparison.Ordinal);
        Assert.Equal(UnrankedPolicy.Incomparable, file.DefaultUnranked);
        Assert.Equal(["B"], schulze.Count(file.Ballots, new TallyOptions { Unranked = file.DefaultUnranked }).Winners);
        Assert.Equal(["A"], schulze.Count(file.Ballots, new TallyOptions { Unranked = UnrankedPolicy.Last }).Winners);
    }

    [Fact]
    public void WriteCivs_TiedLast_WritesRankNAndCompares()
    {
        var text = BallotWriter.WriteToString(Partial, BallotFormat.Civs, UnrankedPolicy.Last);
        var file = BallotReader.Read(text, "k.csv");

        Assert.DoesNotContain("No opinion", text, StringComparison.Ordinal);
        Assert.True(BallotComparison.Compare(Partial, UnrankedMatching.Last, file.Ballots, UnrankedMatching.Incomparable).Equal);
        Assert.False(BallotComparison.Compare(Partial, UnrankedMatching.Incomparable, file.Ballots, UnrankedMatching.Incomparable).Equal);
    }

    [Fact]
    public void ReadBlt_UnknownElectionsComment_IsAnErrorWithTheFix()
    {
        var error = Assert.Throws<InvalidInputException>(() => BallotReader.Read("2 1\n# elections: unranked=maybe\n1 1 0\n0\n\"A\"\n\"B\"\n\"\"\n", "x.blt"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("unranked=incomparable", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReadsBack_CompleteRankingsInProportionalEncoding_Refuses()
    {
        var complete = TestBallots.Of("A B C", ("A>B>C", 1), ("C>B>A", 1));
        var text = BallotWriter.WriteToString(complete, BallotFormat.CivsProportional);

        var error = Assert.Throws<InvalidInputException>(() => BallotConversion.CheckReadsBack(BallotFormat.CivsProportional, System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Contains("read back as civs", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }
}
