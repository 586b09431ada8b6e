using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class DebianMethodTests
{
    [Fact]
    public void Count_NoOptionBeatsDefault_DefaultWins()
    {
        var box = TestBallots.Of("A B NOTA", ("NOTA>A>B", 5), ("A>NOTA", 2), ("B>NOTA", 2));
        var result = new DebianMethod().Count(box, new TallyOptions());
        Assert.Equal(["NOTA"], result.Winners);
        Assert.Equal(["A", "B"], result.Rounds[0].Eliminated);
    }

    [Fact]
    public void Count_Quorum_DropsOptionBelowIt()
    {
        var box = TestBallots.Of("A B None_of_the_Above", ("A>B", 3), ("B", 2));
        var result = new DebianMethod().Count(box, new TallyOptions { Quorum = 4, DefaultOption = "None_of_the_Above" });
        // A is above the default on 3 ballots (< 4), B on 5: A is dropped although it beats B.
        Assert.Equal(["B"], result.Winners);
        Assert.Equal(["A"], result.Rounds[0].Eliminated);
    }

    [Fact]
    public void Count_Supermajority_DropsOptionWithoutIt()
    {
        var box = TestBallots.Of("A FD", ("A>FD", 5), ("FD>A", 2));
        var simple = new DebianMethod().Count(box, new TallyOptions { DefaultOption = "FD" });
        var threeToOne = new DebianMethod().Count(box, new TallyOptions { DefaultOption = "FD", Supermajority = 3 });
        Assert.Equal(["A"], simple.Winners);
        Assert.Equal(["FD"], threeToOne.Winners);
    }

    [Fact]
    public void Count_Cycle_DropsWeakestDefeat()
    {
        // A>B 7-2, B>C 6-3, C>A 5-4 (all unranked last): the weakest defeat C>A goes; A wins.
        var box = TestBallots.Of("A B C", ("A>B>C", 4), ("B>C>A", 2), ("C>A>B", 2), ("B>C", 1));
        var result = new DebianMethod().Count(box, new TallyOptions());
        Assert.Equal("A", result.Winners[0]);
        Assert.Contains(result.Rounds, r => r.Note.Contains("weakest defeat", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_UnknownDefaultOption_IsInputProblem()
    {
        var box = TestBallots.Of("A B", ("A>B", 1));
        var error = Assert.Throws<Elections.Core.Validation.InvalidInputException>(
            () => new DebianMethod().Count(box, new TallyOptions { DefaultOption = "Nope" }));
        Assert.Contains("Nope", error.Problems[0].Message, StringComparison.Ordinal);
    }
}
