using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class CountbackTests
{
    [Fact]
    public void TryFill_VacancyOfWinner_NextPreferredCandidateFillsIt()
    {
        var box = new StvBallotsBuilder("A", "B", "C", "D")
            .Add(10, "A C").Add(8, "B").Add(3, "C").Add(2, "D").Build();
        var original = new MeekStvMethod().Count(box, new TallyOptions { Seats = 2 });
        Assert.Equal(["A", "B"], original.Winners);
        Assert.True(Countback.TryFill(new MeekStvMethod(), box, new TallyOptions { Seats = 2 }, original.Winners, "A", [], out var result));
        Assert.Equal("C", result.Elected);
        Assert.DoesNotContain("A", result.Recount.Winners);
    }

    [Fact]
    public void TryFill_NobodyLeft_False()
    {
        var box = new StvBallotsBuilder("A", "B").Add(3, "A").Add(2, "B").Build();
        Assert.False(Countback.TryFill(new MeekStvMethod(), box, new TallyOptions { Seats = 1 }, ["A"], "A", ["B"], out var result));
        Assert.Equal("", result.Elected);
    }
}
