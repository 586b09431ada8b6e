using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class SchulzeMethodTests
{
    // Schulze (2011) §3.1 example: 45 voters, winner E, order E > A > C > B > D.
    private static readonly (string, long)[] SchulzeExample =
    [
        ("A>C>B>E>D", 5), ("A>D>E>C>B", 5), ("B>E>D>A>C", 8), ("C>A>B>E>D", 3),
        ("C>A>E>B>D", 7), ("C>B>A>D>E", 2), ("D>C>E>B>A", 7), ("E>B>A>D>C", 8),
    ];

    [Fact]
    public void Count_SchulzePaperExample_OrderEACBD()
    {
        var result = new SchulzeMethod().Count(TestBallots.Of("A B C D E", SchulzeExample), new TallyOptions { Seats = 2 });
        Assert.Equal(["E", "A", "C", "B", "D"], result.Ranking);
        Assert.Equal(["E", "A"], result.Winners);
        Assert.Empty(result.Ties);
        Assert.Equal(45, result.Ballots);
        Assert.NotNull(result.Pairwise);
    }

    [Fact]
    public void Count_Margins_CanElectDifferentWinner()
    {
        // Found by search: winning votes elect A, margins elect C.
        var box = TestBallots.Of(
            "A B C D",
            ("B>D", 10), ("C>D>B", 8), ("A>B>C>D", 12), ("C", 1), ("C>A>D", 11));
        var wv = new SchulzeMethod().Count(box, new TallyOptions());
        var margins = new SchulzeMethod().Count(box, new TallyOptions { Strength = DefeatStrength.Margins });
        Assert.Equal(["A"], wv.Winners);
        Assert.Equal(["C"], margins.Winners);
    }

    [Fact]
    public void Count_WithdrawnCandidate_NeverWins()
    {
        var result = new SchulzeMethod().Count(
            TestBallots.Of("A B C D E", SchulzeExample),
            new TallyOptions { Withdrawn = ["E"] });
        Assert.DoesNotContain("E", result.Ranking);
        Assert.Equal(4, result.Ranking.Count);
    }

    [Fact]
    public void Count_PerfectTie_LogsNameOrderTieBreak()
    {
        var result = new SchulzeMethod().Count(TestBallots.Of("B A", ("A>B", 1), ("B>A", 1)), new TallyOptions());
        Assert.Equal(["A"], result.Winners);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["A", "B"], tie.Tied);
    }
}
