using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

public sealed class CondorcetPropertyTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var method in new[] { "schulze", "ranked-pairs", "minimax", "debian" })
        {
            for (var seed = 1; seed <= 5; seed++)
            {
                data.Add(method, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_CondorcetWinnerExists_ItWins(string method, int seed)
    {
        var (names, ballots) = TestBallots.Random(seed, 5, 300, condorcetWinner: true);
        var box = TestBallots.Of(names, ballots);
        var d = PairwiseMatrix.Build(box, UnrankedPolicy.Last);
        var winner = Enumerable.Range(0, names.Length).Single(x => Enumerable.Range(0, names.Length).All(y => y == x || d[x, y] > d[y, x]));
        Assert.True(TallyMethods.TryGet(method, out var m));
        Assert.Equal(names[winner], m.Count(box, new TallyOptions { Unranked = UnrankedPolicy.Last }).Winners[0]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_ShuffledBallotsAndCandidates_SameResult(string method, int seed)
    {
        var (names, ballots) = TestBallots.Random(seed, 6, 200, condorcetWinner: false);
        var random = new Random(seed);
        var shuffledNames = names.OrderBy(_ => random.Next()).ToArray();
        var shuffledBallots = ballots.OrderBy(_ => random.Next()).ToList();
        Assert.True(TallyMethods.TryGet(method, out var m));
        var options = new TallyOptions { Seats = 3 };
        var a = m.Count(TestBallots.Of(names, ballots), options);
        var b = m.Count(TestBallots.Of(shuffledNames, shuffledBallots), options);
        Assert.Equal(a.Winners, b.Winners);
        Assert.Equal(a.Ranking, b.Ranking);
    }
}
