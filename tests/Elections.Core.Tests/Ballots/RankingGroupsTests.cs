using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;
using Elections.Core.Tests.Tally;

namespace Elections.Core.Tests.Ballots;

public sealed class RankingGroupsTests
{
    [Fact]
    public void Of_RepeatedRankings_MergedWithTheirWeights()
    {
        var box = TestBallots.Of("A B C", ("A>B", 2), ("B=C", 1), ("A>B", 3), ("", 1), ("B=C", 4), ("", 2));

        var groups = RankingGroups.Of(box);

        Assert.True(groups.Merged);
        Assert.Equal(3, groups.Count);
        Assert.Equal([5L, 5L, 3L], Enumerable.Range(0, groups.Count).Select(groups.WeightOf));
    }

    [Fact]
    public void Of_MostlyDistinctLargeBox_EveryLineStandsForItself()
    {
        var (names, ballots) = TestBallots.Random(3, 12, RankingGroups.Sample + 10, condorcetWinner: false, maxWeight: 1, complete: true);
        var box = TestBallots.Of(names, ballots);

        var groups = RankingGroups.Of(box);

        Assert.False(groups.Merged);
        Assert.Equal(box.Count, groups.Count);
    }

    [Theory]
    [InlineData(UnrankedPolicy.Last)]
    [InlineData(UnrankedPolicy.Incomparable)]
    public void PairwiseMatrix_MergedAndExpandedBoxes_SameCounts(UnrankedPolicy unranked)
    {
        var (names, ballots) = TestBallots.Random(8, 6, 400, condorcetWinner: false, maxWeight: 3);
        var merged = PairwiseMatrix.Build(TestBallots.Of(names, ballots.Concat(ballots)), unranked);
        var expanded = PairwiseMatrix.Build(TestBallots.Of(names, ballots.Concat(ballots).SelectMany(b => Enumerable.Repeat((b.Item1, 1L), (int)b.Item2))), unranked);

        for (var x = 0; x < names.Length; x++)
        {
            for (var y = 0; y < names.Length; y++)
            {
                Assert.Equal(expanded[x, y], merged[x, y]);
            }
        }
    }
}
