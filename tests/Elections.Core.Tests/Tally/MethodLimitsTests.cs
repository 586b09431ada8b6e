using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally;

public sealed class MethodLimitsTests
{
    private static BallotBox WithCandidates(int count)
    {
        var names = Enumerable.Range(1, count).Select(i => $"C{i}").ToArray();
        return TestBallots.Of(names, [("C1>C2", 1)]);
    }

    [Fact]
    public void MaxCandidatesFor_EveryMethod_HasALimit()
    {
        foreach (var name in TallyMethods.Names)
        {
            Assert.True(TallyMethods.TryGet(name, out var method));
            Assert.InRange(MethodLimits.MaxCandidatesFor(method), 2, 65_535);
        }
    }

    [Fact]
    public void Check_MeekWith4000Candidates_RefusedNamingTheFile()
    {
        Assert.True(TallyMethods.TryGet("meek", out var meek));

        var exception = Assert.Throws<InvalidInputException>(() => MethodLimits.Check(meek, WithCandidates(4_000), "ballots.blt"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("ballots.blt", problem.File);
        Assert.Contains("4,000 candidates", problem.Message, StringComparison.Ordinal);
        Assert.Contains("docs/counting.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AtTheLimit_Accepted()
    {
        Assert.True(TallyMethods.TryGet("ranked-pairs", out var rankedPairs));
        var box = WithCandidates(MethodLimits.MaxCandidatesFor(rankedPairs));

        MethodLimits.Check(rankedPairs, box, "ballots.blt");

        Assert.Equal(MethodLimits.MaxCandidatesFor(rankedPairs), box.Candidates.Count);
    }
}
