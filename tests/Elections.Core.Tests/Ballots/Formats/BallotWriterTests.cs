using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class BallotWriterTests
{
    private static BallotBox Sample()
    {
        var builder = new BallotBoxBuilder { Title = "Board \"2025\"", DeclaredSeats = 2 };
        foreach (var name in (string[])["Ann", "Bob \"B\"", "Cy, Jr", "Di"])
        {
            builder.AddCandidate(name);
        }

        builder.Add(3, [[0], [2], [1, 3]]);
        builder.Add(1, [[1, 2]]);
        builder.Add(2, Array.Empty<int[]>());
        builder.Add(1, [[3], [0], [1], [2]]);
        return builder.Build();
    }

    [Theory]
    [InlineData(BallotFormat.Blt, UnrankedMatching.Exact)]
    [InlineData(BallotFormat.Civs, UnrankedMatching.Exact)]
    [InlineData(BallotFormat.Debian, UnrankedMatching.Exact)]
    [InlineData(BallotFormat.CivsUpload, UnrankedMatching.Last)]
    [InlineData(BallotFormat.CivsProportional, UnrankedMatching.Last)]
    public void Write_ThenRead_PreservesTheMultisetOfBallots(BallotFormat format, UnrankedMatching matching)
    {
        var box = Sample();

        var text = BallotWriter.WriteToString(box, format);
        var read = Read(text, format);

        var comparison = BallotComparison.Compare(box, read.Ballots, matching);
        Assert.True(comparison.MissingFromFirst == 0 && comparison.MissingFromSecond == 0, text);
        Assert.Equal(box.Candidates, read.Ballots.Candidates);
    }

    [Theory]
    [InlineData(BallotFormat.Blt)]
    [InlineData(BallotFormat.Civs)]
    [InlineData(BallotFormat.CivsUpload)]
    [InlineData(BallotFormat.Debian)]
    public void Write_ThenDetect_FindsTheSameFormat(BallotFormat format)
    {
        var text = BallotWriter.WriteToString(Sample(), format);

        Assert.Equal(format, Read(text).Format);
    }

    [Fact]
    public void Write_Blt_KeepsWithdrawnTieOrderSeatsAndTitle()
    {
        var builder = new BallotBoxBuilder { Title = "T", DeclaredSeats = 3 };
        builder.AddCandidate("A");
        builder.AddCandidate("B");
        builder.Withdraw(1);
        builder.TieOrder = [1, 0];
        builder.Add(1, [[0]]);

        var read = Read(BallotWriter.WriteToString(builder.Build(), BallotFormat.Blt)).Ballots;

        Assert.Equal([1], read.Withdrawn);
        Assert.Equal([1, 0], read.TieOrder);
        Assert.Equal(3, read.DeclaredSeats);
        Assert.Equal("T", read.Title);
    }

    [Fact]
    public void Write_Blt_WritesTheCanonicalDialect()
    {
        var builder = new BallotBoxBuilder { Title = "T", DeclaredSeats = 1 };
        builder.AddCandidate("A");
        builder.AddCandidate("B \"b\"");
        builder.Add(2, [[1, 0]]);

        var text = BallotWriter.WriteToString(builder.Build(), BallotFormat.Blt);

        Assert.Equal("2 1\n2 2=1 0\n0\n\"A\"\n\"B \"\"b\"\"\"\n\"T\"\n", text);
    }

    [Fact]
    public void Write_CivsProportional_InvertsRanks()
    {
        var builder = new BallotBoxBuilder();
        foreach (var name in (string[])["a", "b", "c"])
        {
            builder.AddCandidate(name);
        }

        builder.Add(1, [[2], [0]]);

        Assert.Equal("a,b,c\n2,1,3\n", BallotWriter.WriteToString(builder.Build(), BallotFormat.CivsProportional));
    }

    [Fact]
    public void Write_Cvr_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => BallotWriter.WriteToString(Sample(), BallotFormat.Cvr));
    }
}
