using Elections.Core.Ballots;

namespace Elections.Core.Tests.Ballots;

public sealed class BallotComparisonTests
{
    private static BallotBox Box(string[] names, params (long Weight, int[][] Ranks)[] ballots)
    {
        var builder = new BallotBoxBuilder();
        foreach (var name in names)
        {
            builder.AddCandidate(name);
        }

        foreach (var (weight, ranks) in ballots)
        {
            builder.Add(weight, ranks);
        }

        return builder.Build();
    }

    [Fact]
    public void Compare_ReorderedCandidatesAndExpandedWeights_AreEqual()
    {
        var a = Box(["a", "b", "c"], (2, [[0], [1]]), (1, [[2, 0]]));
        var b = Box(["C", "B", "A"], (1, [[2], [1]]), (1, [[0, 2]]), (1, [[2], [1]]));

        var result = BallotComparison.Compare(a, b);

        Assert.True(result.Equal);
    }

    [Fact]
    public void Compare_DifferentWeights_CountsAndShowsTheDifference()
    {
        var a = Box(["a", "b"], (3, [[0], [1]]));
        var b = Box(["a", "b"], (2, [[0], [1]]));

        var result = BallotComparison.Compare(a, b);

        Assert.False(result.Equal);
        Assert.Equal(1, result.MissingFromSecond);
        Assert.Equal(0, result.MissingFromFirst);
        Assert.Equal(new BallotDifference("a > b", 3, 2), Assert.Single(result.Examples));
    }

    [Fact]
    public void Compare_UnmatchedNames_ReportsThem()
    {
        var result = BallotComparison.Compare(Box(["a", "b"]), Box(["a", "x"]));

        Assert.Equal(["b"], result.OnlyInFirst);
        Assert.Equal(["x"], result.OnlyInSecond);
        Assert.False(result.Equal);
    }

    [Fact]
    public void Compare_CompleteRankingAgainstOneWithoutItsLastRank_DependsOnUnrankedMatching()
    {
        var a = Box(["a", "b", "c"], (1, [[0], [1], [2]]));
        var b = Box(["a", "b", "c"], (1, [[0], [1]]));

        Assert.False(BallotComparison.Compare(a, b, UnrankedMatching.Exact).Equal);
        Assert.True(BallotComparison.Compare(a, b, UnrankedMatching.Last).Equal);
    }

    [Fact]
    public void Compare_TieVersusStrictOrder_IsADifference()
    {
        var a = Box(["a", "b"], (1, [[0, 1]]));
        var b = Box(["a", "b"], (1, [[0], [1]]));

        Assert.False(BallotComparison.Compare(a, b, UnrankedMatching.Last).Equal);
    }

    [Fact]
    public void Compare_DifferentWithdrawn_IsADifference()
    {
        var builder = new BallotBoxBuilder();
        builder.AddCandidate("a");
        builder.Withdraw(0);

        Assert.True(BallotComparison.Compare(builder.Build(), Box(["a"])).WithdrawnDiffer);
    }
}
