using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class RankedPairsMethodTests
{
    [Fact]
    public void Count_TennesseeCapital_NashvilleThenChattanooga()
    {
        var box = TestBallots.Of(
            "Memphis Nashville Chattanooga Knoxville",
            ("Memphis>Nashville>Chattanooga>Knoxville", 42),
            ("Nashville>Chattanooga>Knoxville>Memphis", 26),
            ("Chattanooga>Knoxville>Nashville>Memphis", 15),
            ("Knoxville>Chattanooga>Nashville>Memphis", 17));
        var result = new RankedPairsMethod().Count(box, new TallyOptions());
        Assert.Equal(["Nashville", "Chattanooga", "Knoxville", "Memphis"], result.Ranking);
    }

    [Fact]
    public void Count_Cycle_SkipsWeakestPair()
    {
        // A>B 7-2... A beats B by 5, B beats C by 3, C beats A by 1: C>A is skipped.
        var box = TestBallots.Of("A B C", ("A>B>C", 4), ("B>C>A", 3), ("C>A>B", 2));
        var result = new RankedPairsMethod().Count(box, new TallyOptions());
        Assert.Equal(["A", "B", "C"], result.Ranking);
    }

    [Fact]
    public void Count_EqualMarginCycle_LogsZavistTidemanTieBreak()
    {
        var box = TestBallots.Of("A B C", ("A>B>C", 1), ("B>C>A", 1), ("C>A>B", 1));
        var result = new RankedPairsMethod().Count(box, new TallyOptions());
        Assert.Equal(["A", "B", "C"], result.Ranking);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["C>A"], tie.Chosen);
    }
}
