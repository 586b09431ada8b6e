using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class IrvMethodTests
{
    [Fact]
    public void Count_MajorityAfterTransfers_Wins()
    {
        var box = new StvBallotsBuilder("A", "B", "C").Add(4, "A").Add(3, "B A").Add(5, "C").Build();
        var result = new IrvMethod().Count(box, new TallyOptions());
        Assert.Equal(["A"], result.Winners);
        Assert.Equal(2, result.Rounds.Count);
        Assert.Equal(["B"], result.Rounds[1].Eliminated);
    }

    [Fact]
    public void Count_FirstRoundMajority_OneRound()
    {
        var box = new StvBallotsBuilder("A", "B").Add(6, "A").Add(4, "B").Build();
        var result = new IrvMethod().Count(box, new TallyOptions());
        Assert.Equal(["A"], result.Winners);
        Assert.Single(result.Rounds);
    }

    [Fact]
    public void Count_SureLosers_EliminatedTogether()
    {
        var box = new StvBallotsBuilder("A", "B", "C", "D").Add(10, "A").Add(9, "B").Add(1, "C B").Add(1, "D B").Build();
        var result = new IrvMethod().Count(box, new TallyOptions());
        Assert.Equal(["C", "D"], result.Rounds[1].Eliminated.Order().ToList());
        Assert.Equal(["B"], result.Winners);
    }

    [Fact]
    public void Count_EqualPreference_BallotStopsThere()
    {
        var box = new StvBallotsBuilder("A", "B", "C").Add(3, "A=B").Add(2, "C").Build();
        var result = new IrvMethod().Count(box, new TallyOptions());
        Assert.Equal(2, result.Valid);
        Assert.Equal(["C"], result.Winners);
    }
}
