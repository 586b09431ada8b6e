using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class DebianReaderTests
{
    private const string Sheet = "   Tally Sheet for the votes cast.\n" +
        "     Option 1--->: Ann\n   /  Option 2-->: Bob\n   |/  Option 3->: None Of The Above\n   ||/\n" +
        "V: 21- \t\t0123abcd\nV: 1-1 \t\tffee\nV: --- \t\t99\n";

    [Fact]
    public void Read_TallySheet_ReadsOptionsAndVotes()
    {
        var file = Read(Sheet);

        Assert.Equal(BallotFormat.Debian, file.Format);
        Assert.Equal(UnrankedPolicy.Last, file.DefaultUnranked);
        Assert.Equal(["Ann", "Bob", "None Of The Above"], file.Ballots.Candidates);
        Assert.Equal(["1:Bob>Ann", "1:Ann=None Of The Above", "1:"], Render(file.Ballots));
    }

    [Fact]
    public void Read_Latin1OptionName_DecodesWithWarning()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("Option 1-->: Rapha\u00EBl\nOption 2->: B\nV: 12\n");

        var file = BallotReader.Read(bytes, "tally.txt");

        Assert.Equal("Rapha\u00EBl", file.Ballots.Candidates[0]);
        Assert.Single(file.Warnings);
    }

    [Theory]
    [InlineData("Option 1-->: A\nOption 2->: B\nV: 1\n", "1 characters but the sheet names options 1, 2")]
    [InlineData("Option 1-->: A\nOption 2->: B\nV: 1x\n", "'x' is not a rank")]
    public void Read_BrokenVote_ReportsTheFix(string text, string message)
    {
        var problem = Problems(text)[0];

        Assert.Equal(3, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
