using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class PairwiseMatrixTests
{
    [Fact]
    public void Build_UnrankedLast_UnrankedTiedBelowRanked()
    {
        var box = TestBallots.Of("A B C", ("A", 3), ("B>C", 2));
        var d = PairwiseMatrix.Build(box, UnrankedPolicy.Last);
        Assert.Equal(3, d[0, 1]);
        Assert.Equal(3, d[0, 2]);
        Assert.Equal(2, d[1, 0]);
        Assert.Equal(2, d[1, 2]);
        Assert.Equal(0, d[2, 1]);
        Assert.Equal(2, d[2, 0]);
    }

    [Fact]
    public void Build_UnrankedIncomparable_OnlyRankedPairsCount()
    {
        var box = TestBallots.Of("A B C", ("A", 3), ("B>C", 2));
        var d = PairwiseMatrix.Build(box, UnrankedPolicy.Incomparable);
        Assert.Equal(0, d[0, 1]);
        Assert.Equal(0, d[2, 0]);
        Assert.Equal(2, d[1, 2]);
    }

    [Fact]
    public void Build_EqualRanks_PreferNeither()
    {
        var box = TestBallots.Of("A B C", ("A=B>C", 4));
        var d = PairwiseMatrix.Build(box, UnrankedPolicy.Last);
        Assert.Equal(0, d[0, 1]);
        Assert.Equal(0, d[1, 0]);
        Assert.Equal(4, d[0, 2]);
        Assert.Equal(4, d[1, 2]);
    }

    [Theory]
    [InlineData(UnrankedPolicy.Last)]
    [InlineData(UnrankedPolicy.Incomparable)]
    public void Build_ManyChunks_MatchesNaiveCount(UnrankedPolicy policy)
    {
        var (names, ballots) = TestBallots.Random(7, 6, 40_000, condorcetWinner: false);
        var box = TestBallots.Of(names, ballots);
        var d = PairwiseMatrix.Build(box, policy);
        for (var x = 0; x < 6; x++)
        {
            for (var y = 0; y < 6; y++)
            {
                if (x != y)
                {
                    Assert.Equal(Naive(box, x, y, policy), d[x, y]);
                }
            }
        }
    }

    private static long Naive(Elections.Core.Ballots.BallotBox box, int x, int y, UnrankedPolicy policy)
    {
        long total = 0;
        for (var b = 0; b < box.Count; b++)
        {
            var groups = box.RanksOf(b);
            int rx = -1, ry = -1;
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g].Contains(x))
                {
                    rx = g;
                }

                if (groups[g].Contains(y))
                {
                    ry = g;
                }
            }

            var prefers = rx >= 0 && (ry > rx || (ry < 0 && policy == UnrankedPolicy.Last));
            total += prefers ? box.WeightOf(b) : 0;
        }

        return total;
    }
}
