using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Properties;

/// <summary>
/// Condorcet consistency on generated elections (seeded): whenever one candidate beats every other
/// head to head, every Condorcet method elects it alone (CIVS proportional with one seat included),
/// under both readings of unranked candidates (CIVS proportional always reads unranked as tied
/// last, as CIVS stores it, so it is checked under that reading only).
/// </summary>
public sealed class CondorcetWinnerTests
{
    private static readonly string[] CondorcetMethods = ["schulze", "ranked-pairs", "minimax", "debian", "civs-proportional"];

    public static TheoryData<string, UnrankedPolicy> Cases()
    {
        var data = new TheoryData<string, UnrankedPolicy>();
        foreach (var method in CondorcetMethods)
        {
            data.Add(method, UnrankedPolicy.Last);
            if (method != "civs-proportional")
            {
                data.Add(method, UnrankedPolicy.Incomparable);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_CondorcetWinnerExists_ItWins(string method, UnrankedPolicy unranked)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        var checkedElections = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            // Odd seeds are unbiased random profiles: a Condorcet winner there can be any candidate.
            var (names, ballots) = TestBallots.Random(seed, 3 + (seed % 5), 120, condorcetWinner: seed % 2 == 0);
            var box = TestBallots.Of(names, ballots);
            if (!TryCondorcetWinner(box, unranked, out var winner))
            {
                continue;
            }

            var result = counter.Count(box, new TallyOptions { Seats = 1, Unranked = unranked });

            Assert.True(result.Winners.SequenceEqual([box.Candidates[winner]]), $"seed {seed}: {method} elected {string.Join(", ", result.Winners)}, Condorcet winner {box.Candidates[winner]}");
            checkedElections++;
        }

        Assert.True(checkedElections >= 20, $"only {checkedElections} generated elections had a Condorcet winner");
    }

    private static bool TryCondorcetWinner(BallotBox box, UnrankedPolicy unranked, out int winner)
    {
        var d = PairwiseMatrix.Build(box, unranked);
        var n = box.Candidates.Count;
        for (winner = 0; winner < n; winner++)
        {
            var x = winner;
            if (Enumerable.Range(0, n).All(y => y == x || d[x, y] > d[y, x]))
            {
                return true;
            }
        }

        return false;
    }
}
