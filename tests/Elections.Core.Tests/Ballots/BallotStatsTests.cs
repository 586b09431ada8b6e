using Elections.Core.Ballots;

namespace Elections.Core.Tests.Ballots;

public sealed class BallotStatsTests
{
    [Fact]
    public void Of_MixedBallots_CountsValidEmptyWithdrawnRanksAndFirstPreferences()
    {
        var builder = new BallotBoxBuilder();
        builder.AddCandidate("a");
        builder.AddCandidate("b");
        builder.AddCandidate("c");
        builder.Withdraw(2);
        builder.Add(3, [[0], [1]]);
        builder.Add(2, [[2], [1]]);
        builder.Add(1, Array.Empty<int[]>());
        builder.Add(4, [[2]]);
        builder.Add(5, [[0, 1]]);

        var stats = BallotStats.Of(builder.Build());

        Assert.Equal(15, stats.Ballots);
        Assert.Equal(5, stats.Lines);
        Assert.Equal(10, stats.Valid);
        Assert.Equal(1, stats.Empty);
        Assert.Equal(4, stats.OnlyWithdrawn);
        Assert.Equal([1L, 9, 5], stats.RanksUsed);
        Assert.Equal([3L, 2, 0], stats.FirstPreferences);
        Assert.Equal(5, stats.TiedFirst);
    }
}
