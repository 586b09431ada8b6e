using Elections.Core.Ballots.Formats;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class CvrReaderTests
{
    [Fact]
    public void Read_MinneapolisRules_ExhaustsOnOvervoteAndOnTwoSkippedRanks()
    {
        var text = "rank1,Rank2,rank3\n" +
            "ANN,overvote,BOB\n" +
            "undervote,ANN,BOB\n" +
            "ANN,undervote,undervote\n" +
            "undervote,undervote,BOB\n" +
            "ANN,ANN,BOB\n" +
            "overvote,ANN,BOB\n";

        var file = Read(text);

        Assert.Equal(BallotFormat.Cvr, file.Format);
        Assert.Equal(["1:ANN", "1:ANN>BOB", "1:ANN", "1:", "1:ANN>BOB", "1:"], Render(file.Ballots));
        Assert.Equal(2, file.EmptyBallots);
    }

    [Fact]
    public void Read_PortlandRules_PassesOverOvervotesAndAnyGap()
    {
        var text = "Precinct,rank1,rank2,rank3,rank4\n" +
            "P1,Ann,overvote,skipped,Bob\n" +
            "P2,skipped,skipped,skipped,Cy\n" +
            "P3,Ann,Ann,Cy,Ann\n";

        var file = Read(text);

        Assert.Equal(["1:Ann>Bob", "1:Cy", "1:Ann>Cy"], Render(file.Ballots));
    }

    [Fact]
    public void Read_ExhaustOnDuplicate_StopsAtTheRepeat()
    {
        var rules = CvrRules.Portland with { ExhaustOnDuplicateCandidate = true };

        var file = Read("rank1,rank2,rank3\nAnn,Ann,Bob\n", rules: rules);

        Assert.Equal(["1:Ann"], Render(file.Ballots));
    }

    [Fact]
    public void Read_MoreRankColumnsThanAllowed_IgnoresThemWithAWarning()
    {
        var file = Read("rank1,rank2,rank3,rank4\nA,B,C,D\n", rules: CvrRules.Minneapolis);

        Assert.Equal(["1:A>B>C"], Render(file.Ballots));
        Assert.Single(file.Warnings);
    }

    [Fact]
    public void Read_RowWithWrongCellCount_ReportsLine()
    {
        var problem = Problems("rank1,rank2\nA\n", BallotFormat.Cvr)[0];

        Assert.Equal(2, problem.Line);
        Assert.Contains("1 cells for 2 columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutRankColumns_ReportsTheFix()
    {
        var problem = Problems("a,b\nA,B\n", BallotFormat.Cvr)[0];

        Assert.Contains("rank1, rank2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OrdinalChoiceHeadersAndCountColumn_ReadsRanksAndWeights()
    {
        var file = Read("Precinct,1ST CHOICE MAYOR,2nd choice mayor,3RD CHOICE MAYOR,COUNT\nP,A,undervote,B,4\n", rules: CvrRules.Minneapolis);

        Assert.Equal(BallotFormat.Cvr, file.Format);
        Assert.Equal(["4:A>B"], Render(file.Ballots));
        Assert.Equal(4, file.SkippedRanks);
    }

    [Fact]
    public void Read_CountThatIsNotAWholeNumber_ReportsTheCell()
    {
        var problem = Problems("rank1,count\nA,0\n", BallotFormat.Cvr)[0];

        Assert.Equal(2, problem.Line);
        Assert.Equal("count", problem.Field);
        Assert.Contains("'0' is not a ballot count", problem.Message, StringComparison.Ordinal);
    }
}
