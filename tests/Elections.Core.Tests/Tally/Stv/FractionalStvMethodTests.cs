using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class FractionalStvMethodTests
{
    private static StvBallotsBuilder City() => new StvBallotsBuilder("A", "B", "C", "D")
        .Add(12, "A B")
        .Add(4, "B")
        .Add(5, "C")
        .Add(3, "D C");

    [Fact]
    public void Count_Minneapolis_FourDecimalFractionalSurplus()
    {
        // 24 ballots, 2 seats → threshold 9; A's surplus 3 of 12 → fraction 0.2500.
        var result = new FractionalStvMethod().Count(City().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("9.0000", result.Rounds[0].Threshold);
        Assert.Equal("7.0000", result.Rounds[1].Votes["B"]);
        Assert.Equal(["A", "C"], result.Winners);
    }

    [Fact]
    public void Count_Portland_SameWinnersHere()
    {
        var result = new FractionalStvMethod(FractionalStvRules.Portland).Count(City().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("stv-portland", result.Method);
        Assert.Equal(["A", "C"], result.Winners);
    }

    [Fact]
    public void Ers97_Quota_TwoDecimalsPlusOneHundredthWhenInexact()
    {
        var result = new Ers97Method().Count(City().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("8.00", result.Rounds[0].Threshold);
        var inexact = new Ers97Method().Count(City().Add(1, "D").Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("8.34", inexact.Rounds[0].Threshold);
    }

    [Fact]
    public void Ers97_Count_ElectsQuotaHolderFirst()
    {
        var result = new Ers97Method().Count(City().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("A", result.Winners[0]);
        Assert.Equal(2, result.Winners.Count);
    }
}
