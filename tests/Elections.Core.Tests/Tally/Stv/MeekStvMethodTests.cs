using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class MeekStvMethodTests
{
    // Chinese Language SE 2020 has this first-preference profile; the textbook shape below keeps
    // the arithmetic checkable by hand: 104 ballots, 3 seats → quota 104/4 + 0.000001.
    private static StvBallotsBuilder Election() => new StvBallotsBuilder("A", "B", "C", "D", "E")
        .Add(29, "D B C")
        .Add(24, "B C")
        .Add(17, "C B")
        .Add(18, "E D")
        .Add(16, "A D E");

    [Fact]
    public void Count_FirstRound_QuotaIsTruncatedDroopPlusOneUnit()
    {
        var result = new MeekStvMethod().Count(Election().Build(), new TallyOptions { Seats = 3 });
        Assert.Equal("26.000001", result.Rounds[0].Threshold);
        Assert.Equal(["D"], result.Rounds[0].Elected);
    }

    [Fact]
    public void Count_WholeQuota_FloorPlusOne()
    {
        var result = new MeekStvMethod().Count(Election().Build(), new TallyOptions { Seats = 3, Quota = QuotaKind.Whole });
        Assert.Equal("27.000000", result.Rounds[0].Threshold);
    }

    [Fact]
    public void Count_KeepFactor_IsQuotaOverVotesRoundedUp()
    {
        var result = new MeekStvMethod().Count(Election().Build(), new TallyOptions { Seats = 3 });
        // D keeps 26.000001/29 = 0.896551758... → 0.896552 (rounded up); 29 × 0.896552 truncated.
        Assert.Contains("D 0.896552", result.Rounds[1].Note, StringComparison.Ordinal);
        Assert.Equal("26.000008", result.Rounds[1].Votes["D"]);
    }

    [Fact]
    public void Count_WithdrawnCandidate_NeverWinsAndBallotsSkipIt()
    {
        var box = Election().Withdraw("D").Build();
        var result = new MeekStvMethod().Count(box, new TallyOptions { Seats = 2 });
        Assert.DoesNotContain("D", result.Winners);
        Assert.Equal("0.000000", result.Rounds[0].Votes["D"]);
        Assert.Equal("53.000000", result.Rounds[0].Votes["B"]);
    }

    [Fact]
    public void Count_TiedLowest_BrokenByFileOrderAndLogged()
    {
        var box = new StvBallotsBuilder("A", "B", "C").Add(5, "A").Add(3, "B").Add(3, "C").Build();
        var result = new MeekStvMethod().Count(box, new TallyOptions { Seats = 1 });
        Assert.Equal(["A"], result.Winners);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["C"], tie.Chosen);
        Assert.Contains("listed last", tie.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_NewZealandRules_NineDecimals()
    {
        var result = new MeekStvMethod(MeekRules.NewZealand).Count(Election().Build(), new TallyOptions { Seats = 3 });
        Assert.Equal("meek-nz", result.Method);
        Assert.Equal("26.000000001", result.Rounds[0].Threshold);
        Assert.Contains("D", result.Winners);
        Assert.Equal(3, result.Winners.Count);
    }

    [Fact]
    public void Count_UnknownWithdrawnName_Throws() =>
        Assert.Throws<ArgumentException>(() => new MeekStvMethod().Count(Election().Build(), new TallyOptions { Withdrawn = ["Zed"] }));
}
