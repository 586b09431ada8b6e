using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class MinimaxMethodTests
{
    [Fact]
    public void Rank_EqualWorstMargins_SmallerWinningVotesIsStronger()
    {
        // A's worst contest: D over A 3-1; B's worst: D over B 10-8. Same margin, but CIVS sorts
        // the smaller W as the stronger defeat, so B (facing the weaker one) is placed first.
        var counts = new long[4, 4];
        counts[3, 0] = 3; counts[0, 3] = 1;
        counts[3, 1] = 10; counts[1, 3] = 8;
        counts[0, 1] = 5; counts[1, 0] = 5;
        counts[0, 2] = 6; counts[2, 0] = 1;
        counts[1, 2] = 6; counts[2, 1] = 1;
        counts[2, 3] = 20; counts[3, 2] = 0;
        var groups = MinimaxPm.Rank(PairwiseMatrix.FromCounts(counts), [0, 1, 2, 3]);
        Assert.Equal([[1], [0], [2], [3]], groups.Select(g => g.ToArray()).ToArray());
    }

    [Fact]
    public void Rank_IdenticalLists_ShareRank()
    {
        var box = TestBallots.Of("A B C", ("A>B>C", 1), ("B>A>C", 1));
        var result = new MinimaxMethod().Count(box, new TallyOptions());
        Assert.Equal(["A", "B", "C"], result.Ranking);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["A", "B"], tie.Tied);
    }

    [Fact]
    public void Count_Cycle_SmallestWorstDefeatWins()
    {
        // A>B 6-3, B>C 7-2... C>A 5-4: A's worst defeat (margin 1) is the smallest.
        var box = TestBallots.Of("A B C", ("A>B>C", 4), ("B>C>A", 3), ("C>A>B", 2));
        var result = new MinimaxMethod().Count(box, new TallyOptions());
        Assert.Equal("A", result.Winners[0]);
    }
}
