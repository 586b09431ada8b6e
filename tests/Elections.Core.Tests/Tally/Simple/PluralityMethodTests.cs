using Elections.Core.Tally;
using Elections.Core.Tally.Simple;

namespace Elections.Core.Tests.Tally.Simple;

public sealed class PluralityMethodTests
{
    [Fact]
    public void Count_FirstPreferences_MostVotesWins()
    {
        var box = TestBallots.Of("A B C", ("A>B", 3), ("B>A", 4), ("C", 2));
        var result = new PluralityMethod().Count(box, new TallyOptions());
        Assert.Equal(["B"], result.Winners);
        Assert.Equal("4", result.Rounds[0].Votes["B"]);
        Assert.Equal(9, result.Valid);
    }

    [Fact]
    public void Count_WithdrawnFirstChoice_CountsNextPreference()
    {
        var box = TestBallots.Of("A B C", ("A>B", 3), ("B>A", 4), ("C>A", 2));
        var result = new PluralityMethod().Count(box, new TallyOptions { Withdrawn = ["C"] });
        Assert.Equal("5", result.Rounds[0].Votes["A"]);
        Assert.False(result.Rounds[0].Votes.ContainsKey("C"));
    }

    [Fact]
    public void Count_TiedTopRank_CountsForNobody()
    {
        var box = TestBallots.Of("A B", ("A=B", 5), ("A", 1));
        var result = new PluralityMethod().Count(box, new TallyOptions());
        Assert.Equal(1, result.Valid);
        Assert.Equal(["A"], result.Winners);
    }

    [Fact]
    public void Count_TieAcrossLastSeat_LoggedAndBrokenByName()
    {
        var box = TestBallots.Of("Zed Amy Bob", ("Zed", 5), ("Bob", 3), ("Amy", 3));
        var result = new PluralityMethod().Count(box, new TallyOptions { Seats = 2 });
        Assert.Equal(["Zed", "Amy"], result.Winners);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["Amy", "Bob"], tie.Tied);
        Assert.Equal(["Amy"], tie.Chosen);
    }
}
