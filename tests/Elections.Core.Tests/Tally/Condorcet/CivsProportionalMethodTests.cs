using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class CivsProportionalMethodTests
{
    [Fact]
    public void Count_SixtyFortyBlocs_ElectsProportionalCommittee()
    {
        // CIVS proportional.html: 60% want a,b,c,d,e; 40% want x,y,z,u,v; five seats → abcxy.
        var box = TestBallots.Of("a b c d e x y z u v", ("a>b>c>d>e", 60), ("x>y>z>u>v", 40));
        var result = new CivsProportionalMethod().Count(box, new TallyOptions { Seats = 5 });
        Assert.Equal(["a", "b", "c", "x", "y"], result.Winners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Count_Winners_ListedInIndividualOrder()
    {
        var box = TestBallots.Of("a b c x y", ("a>b>c", 60), ("x>y", 40));
        var result = new CivsProportionalMethod().Count(box, new TallyOptions { Seats = 2 });
        Assert.Equal(["a", "x"], result.Winners);
        Assert.Equal(result.Winners, result.Ranking.Take(2));
        Assert.Contains("committee search", result.Rounds[^1].Note, StringComparison.Ordinal);
    }
}
