using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;
using Elections.Core.Tally.PostCount;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally.PostCount;

public sealed class ConflictResolverTests
{
    private static readonly (string, long)[] Ballots = [("A>B>C>D", 5), ("B>A>C>D", 4), ("C>D>B>A", 3)];

    [Fact]
    public void Resolve_GroupOverCap_DropsLowestRankedAndRecounts()
    {
        var box = TestBallots.Of("A B C D", Ballots);
        var groups = new[] { new ConflictGroup { Name = "Acme", Members = ["A", "B"], Max = 1 } };
        var outcome = ConflictResolver.Resolve(new SchulzeMethod(), box, new TallyOptions { Seats = 2 }, groups);
        // B beats A 7-5, so A is the lower-ranked member and goes.
        Assert.Equal(["B", "C"], outcome.Result.Winners);
        var step = Assert.Single(outcome.Steps);
        Assert.Equal("A", step.Dropped);
        Assert.Equal(["B", "A"], step.Winners);
        Assert.Equal("Acme", step.Group);
    }

    [Fact]
    public void Resolve_NoViolation_NoSteps()
    {
        var box = TestBallots.Of("A B C D", Ballots);
        var groups = new[] { new ConflictGroup { Name = "Acme", Members = ["A", "D"], Max = 1 } };
        var outcome = ConflictResolver.Resolve(new SchulzeMethod(), box, new TallyOptions { Seats = 2 }, groups);
        Assert.Empty(outcome.Steps);
        Assert.Equal(["B", "A"], outcome.Result.Winners);
    }

    [Fact]
    public void Resolve_UnknownMember_IsInputProblem()
    {
        var box = TestBallots.Of("A B C D", Ballots);
        var groups = new[] { new ConflictGroup { Name = "Acme", Members = ["A", "Zoe"], Max = 1 } };
        var error = Assert.Throws<InvalidInputException>(
            () => ConflictResolver.Resolve(new SchulzeMethod(), box, new TallyOptions(), groups));
        Assert.Contains("Zoe", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownMember_NamesTheGroupKeyNotAFlag()
    {
        var box = TestBallots.Of("A B C D", Ballots);
        var groups = new[] { new ConflictGroup { Name = "Acme", Members = ["Zoe"], Max = 1 } };
        var problem = Assert.Single(Assert.Throws<InvalidInputException>(
            () => ConflictResolver.Resolve(new SchulzeMethod(), box, new TallyOptions(), groups)).Problems);
        Assert.Equal("counting.conflicts.groups.Acme.members", problem.Field);
        Assert.True(problem.IsUnlocatedSetting);
    }
}
