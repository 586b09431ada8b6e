using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class BltReaderTests
{
    private const string Core1987 = "4 2\n-2\n3 1 3 4 0\n4 1 3 2 0\n2 4 1 3 0\n1 2 0\n0\n\"Ann\"\n\"Bob\"\n\"Cy\"\n\"Di\"\n\"Club vote\"\n";

    [Fact]
    public void Read_CoreFormat_ReadsHeaderWithdrawnBallotsNamesTitle()
    {
        var file = Read(Core1987);

        Assert.Equal(BallotFormat.Blt, file.Format);
        Assert.Equal(UnrankedPolicy.Last, file.DefaultUnranked);
        Assert.Equal(["Ann", "Bob", "Cy", "Di"], file.Ballots.Candidates);
        Assert.Equal(2, file.Ballots.DeclaredSeats);
        Assert.Equal([1], file.Ballots.Withdrawn);
        Assert.Equal("Club vote", file.Ballots.Title);
        Assert.Equal(["3:Ann>Cy>Di", "4:Ann>Cy>Bob", "2:Di>Ann>Cy", "1:Bob"], Render(file.Ballots));
        Assert.Equal(10, file.Ballots.TotalWeight);
    }

    [Fact]
    public void Read_CommentsIdsEqualAndSkippedRanks_ReadsOpenStvDialect()
    {
        var text = "# made by hand\n3 1 # three candidates\n(a1) 1 1=2 - 3 0 # tie, skip\n(a2) 1 3 0\n/* block\n comment */ 0\n\"A\" \"B\"\n\"C\"\n\"T\"\n";

        var file = Read(text);

        Assert.Equal(["1:A=B>C", "1:C"], Render(file.Ballots));
        Assert.Equal(1, file.SkippedRanks);
    }

    [Fact]
    public void Read_DroopOptions_ReadsNicksTieAndWithdrawn()
    {
        var text = "3 1\n[nick x y z]\n[tie z y x]\n[withdrawn y]\n2 x y=z 0\n1 z 0\n0\n\"X\"\n\"Y\"\n\"Z\"\n\"T\"\n";

        var file = Read(text);

        Assert.Equal(["2:X>Y=Z", "1:Z"], Render(file.Ballots));
        Assert.Equal([2, 1, 0], file.Ballots.TieOrder);
        Assert.Equal([1], file.Ballots.Withdrawn);
    }

    [Fact]
    public void Read_ByteOrderMarkCrLfUnquotedTitleDoubledQuotes_ReadsWildDialect()
    {
        var text = "\uFEFF2 1\r\n1 2 1 0\r\n0\r\n\"Bill \"\"Labour\"\"\"\r\n\"Jo\"\r\nWard 13 Garscadden";

        var file = Read(text);

        Assert.Equal(["Bill \"Labour\"", "Jo"], file.Ballots.Candidates);
        Assert.Equal("Ward 13 Garscadden", file.Ballots.Title);
        Assert.Equal(["1:Jo>Bill \"Labour\""], Render(file.Ballots));
    }

    [Fact]
    public void Read_NoNewlinesBetweenBallots_ReadsTokenDialect()
    {
        var file = Read("3 2 4 1 2 0 2 3 0 0 \"A\" \"B\" \"C\" \"T\"");

        Assert.Equal(["4:A>B", "2:C"], Render(file.Ballots));
        Assert.Equal("T", file.Ballots.Title);
    }

    [Fact]
    public void Read_BallotWithoutTerminatingZero_EndsAtLineEnd()
    {
        var file = Read("2 1\n1 1 2\n1 2\n0\n\"A\"\n\"B\"\n\"T\"\n");

        Assert.Equal(["1:A>B", "1:B"], Render(file.Ballots));
    }

    [Fact]
    public void Read_HeaderSeatsAboveCandidates_WarnsAndKeepsDeclaredSeats()
    {
        var file = Read("2 5\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n");

        Assert.Equal(5, file.Ballots.DeclaredSeats);
        Assert.Contains(file.Warnings, w => w.Message.Contains("5 seats", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmptyBallot_IsKeptAndCounted()
    {
        var file = Read("2 1\n1 0\n3 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n");

        Assert.Equal(["1:", "3:A"], Render(file.Ballots));
        Assert.Equal(1, file.EmptyBallots);
    }

    [Fact]
    public void Read_TextAfterTitle_WarnsInsteadOfDroppingSilently()
    {
        var file = Read("1 1\n1 1 0\n0\n\"A\"\n\"T\"\n\"source\"\nFirst prefs 1\n");

        Assert.Single(file.Warnings, w => w.Field == "trailer");
    }

    [Theory]
    [InlineData("2 1\n1 3 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 3, "candidate 3 does not exist")]
    [InlineData("2 1\n1 1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 5, "ranked twice")]
    [InlineData("2 1\n0 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 1, "weight 0")]
    [InlineData("2 1\n99999999999999999999 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 1, "too large")]
    [InlineData("2 1\n1 1 x 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 5, "unexpected 'x'")]
    [InlineData("2 1\n(7) 2 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 5, "weight must be 1")]
    [InlineData("2 1\n1 1= 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, 6, "'='")]
    [InlineData("2 1\n1 1 0\n0\n\"A\n\"B\"\n\"T\"\n", 4, 1, "closing")]
    public void Read_BrokenBallot_ReportsLineColumnAndFix(string text, int line, int column, string message)
    {
        var problem = Problems(text, BallotFormat.Blt)[0];

        Assert.Equal("test.txt", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingNames_ReportsHowManyAreMissing()
    {
        var problem = Problems("3 1\n1 1 0\n0\n\"A\"\n")[0];

        Assert.Contains("1 of 3 candidate names", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoEndMarker_ReportsTheFileEndsInsideBallots()
    {
        var problem = Problems("3 1\n1 1 0\n", BallotFormat.Blt)[0];

        Assert.Contains("ends inside the ballots", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderClaimsHundredThousandCandidates_FailsWithoutAllocating()
    {
        var problem = Problems("100000 1\n1 1 0\n0\n", BallotFormat.Blt)[0];

        Assert.Equal(1, problem.Line);
        Assert.Contains("100,000 candidates", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LargeHeaderFewNames_FailsAtNames()
    {
        var problem = Problems("30000 1\n1 1 0\n0\n\"A\"\n\"T\"\n")[0];

        Assert.Contains("2 of 30000 candidate names", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyBadBallots_StopsAfterFiftyProblems()
    {
        var text = "2 1\n" + string.Concat(Enumerable.Repeat("1 9 0\n", 500)) + "0\n\"A\"\n\"B\"\n\"T\"\n";

        var problems = Problems(text);

        Assert.Equal(ProblemLog.MaxErrors + 1, problems.Count);
        Assert.Contains("stopped after", problems[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(70)]
    [InlineData(300)]
    public void Read_WrittenBallots_ReadBackTheSameAtEveryCandidateCount(int candidates)
    {
        var builder = new Elections.Core.Ballots.BallotBoxBuilder();
        for (var c = 0; c < candidates; c++)
        {
            builder.AddCandidate($"C{c}");
        }

        var random = new Random(candidates);
        for (var b = 0; b < 200; b++)
        {
            var order = Enumerable.Range(0, candidates).OrderBy(_ => random.Next()).Take(random.Next(0, candidates + 1)).ToArray();
            builder.Add(random.Next(1, 5), order.Select(c => new[] { c }));
        }

        var box = builder.Build();
        var read = Read(BallotWriter.WriteToString(box, BallotFormat.Blt)).Ballots;

        Assert.Equal(Render(box), Render(read));
    }
}
