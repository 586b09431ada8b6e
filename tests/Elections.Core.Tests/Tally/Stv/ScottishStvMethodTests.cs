using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class ScottishStvMethodTests
{
    // 20 ballots, 2 seats → quota floor(20/3)+1 = 7. A has 10: surplus 3, transfer value
    // 3 × 1 / 10 = 0.30000 per paper.
    private static StvBallotsBuilder Ward() => new StvBallotsBuilder("A", "B", "C", "D")
        .Add(7, "A B")
        .Add(3, "A C")
        .Add(4, "C")
        .Add(6, "D");

    [Fact]
    public void Count_Quota_IsWholeDroop()
    {
        var result = new ScottishStvMethod().Count(Ward().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal("7.00000", result.Rounds[0].Threshold);
        Assert.Equal(["A"], result.Rounds[0].Elected);
    }

    [Fact]
    public void Count_Surplus_TransfersAllPapersAtTruncatedValue()
    {
        var result = new ScottishStvMethod().Count(Ward().Build(), new TallyOptions { Seats = 2 });
        var afterSurplus = result.Rounds[1];
        Assert.Equal("2.10000", afterSurplus.Votes["B"]);
        Assert.Equal("4.90000", afterSurplus.Votes["C"]);
        Assert.Equal("7.00000", afterSurplus.Votes["A"]);
    }

    [Fact]
    public void Count_ThirdOfSurplus_FiveDecimalsRemainderIgnored()
    {
        // 3 seats, 13 ballots → quota 4; A has 7: surplus 3 over 7 papers → 0.42857 each.
        var box = new StvBallotsBuilder("A", "B", "C", "D").Add(7, "A B").Add(3, "C").Add(3, "D").Build();
        var result = new ScottishStvMethod().Count(box, new TallyOptions { Seats = 3 });
        Assert.Equal("2.99999", result.Rounds[1].Votes["B"]);
    }

    [Fact]
    public void Count_ContinuingFitVacancies_ElectedWithoutFurtherTransfers()
    {
        var result = new ScottishStvMethod().Count(Ward().Build(), new TallyOptions { Seats = 2 });
        Assert.Equal(2, result.Winners.Count);
        Assert.Equal("A", result.Winners[0]);
        Assert.Contains("D", result.Winners);
    }
}
