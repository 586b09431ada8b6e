using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class CivsReaderTests
{
    [Fact]
    public void Read_NormalRanksWithNoOpinion_RanksAscendingAndLeavesNoOpinionUnranked()
    {
        var file = Read("Ann,Bob,Cy,Di\n2,1,No opinion,2\n4,4,4,4\nNo opinion,No opinion,No opinion,No opinion\n");

        Assert.Equal(BallotFormat.Civs, file.Format);
        Assert.Equal(UnrankedPolicy.Incomparable, file.DefaultUnranked);
        Assert.Equal(["1:Bob>Ann=Di", "1:Ann=Bob=Cy=Di", "1:"], Render(file.Ballots));
        Assert.Equal(1, file.EmptyBallots);
    }

    [Fact]
    public void Read_QuotedNamesWithCommas_SplitsCsvProperly()
    {
        var file = Read("\"Smith, Jo\",\"Li \"\"Ace\"\"\"\n1,2\n");

        Assert.Equal(["Smith, Jo", "Li \"Ace\""], file.Ballots.Candidates);
    }

    [Fact]
    public void Read_InvertedRows_DetectsProportionalAndTreatsOneAsUnranked()
    {
        var file = Read("a,b,c,d\n4,1,3,1\n1,4,1,1\n3,4,2,1\n");

        Assert.Equal(BallotFormat.CivsProportional, file.Format);
        Assert.Equal(UnrankedPolicy.Last, file.DefaultUnranked);
        Assert.Equal(["1:a>c", "1:b", "1:b>a>c"], Render(file.Ballots));
    }

    [Fact]
    public void Read_ForcedProportional_ReadsInvertedEvenWhenDetectionWouldNot()
    {
        var file = Read("a,b\n2,1\n", BallotFormat.CivsProportional);

        Assert.Equal(["1:a"], Render(file.Ballots));
    }

    [Fact]
    public void Read_UploadFormat_ReadsCommentHeader()
    {
        var file = Read("# a,b,c\n1,2,3\n3,3,1\n");

        Assert.Equal(BallotFormat.CivsUpload, file.Format);
        Assert.Equal(["1:a>b>c", "1:c>a=b"], Render(file.Ballots));
    }

    [Theory]
    [InlineData("a,b\n1\n", 2, "1 cells for 2 candidates")]
    [InlineData("a,b\n1,3\n", 2, "'3' for b is not a rank 1 to 2")]
    [InlineData("a,b\n1,99999999999999999999999\n", 2, "is not a rank")]
    [InlineData("a,b\n1,\"2\n", 2, "closing")]
    public void Read_BrokenRow_ReportsLineAndFix(string text, int line, string message)
    {
        var problem = Problems(text, BallotFormat.Civs)[0];

        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
