using Elections.Core.Ballots;

namespace Elections.Core.Tests.Tally;

/// <summary>Builds ballot boxes from short texts: "A>B=C>D" with a weight; unlisted = unranked.</summary>
internal static class TestBallots
{
    public static BallotBox Of(string candidates, params (string Ranking, long Weight)[] ballots) =>
        Of(candidates.Split(' ', StringSplitOptions.RemoveEmptyEntries), ballots);

    public static BallotBox Of(IReadOnlyList<string> candidates, IEnumerable<(string Ranking, long Weight)> ballots)
    {
        var builder = new BallotBoxBuilder();
        foreach (var name in candidates)
        {
            builder.AddCandidate(name);
        }

        foreach (var (ranking, weight) in ballots)
        {
            var groups = ranking.Length == 0
                ? []
                : ranking.Split('>').Select(g => g.Split('=').Select(n => IndexOf(candidates, n)).ToArray()).ToArray();
            builder.Add(weight, groups);
        }

        return builder.Build();
    }

    /// <summary>
    /// A seeded random election: <paramref name="voters"/> ballot lines over <paramref name="candidates"/>
    /// candidates named C0.., each a random order of a random number of candidates (all of them
    /// when <paramref name="complete"/>), neighbours tied with chance 1/8 (never when complete),
    /// weight 1..<paramref name="maxWeight"/>; with <paramref name="condorcetWinner"/> a ballot
    /// ranks C0 first with chance 0.6.
    /// </summary>
    public static (string[] Names, List<(string, long)> Ballots) Random(
        int seed, int candidates, int voters, bool condorcetWinner, int maxWeight = 3, bool complete = false)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, candidates).Select(i => $"C{i}").ToArray();
        var ballots = new List<(string, long)>();
        for (var v = 0; v < voters; v++)
        {
            var order = names.OrderBy(_ => random.Next()).Take(complete ? candidates : random.Next(1, candidates + 1)).ToList();
            if (condorcetWinner && random.Next(10) < 6)
            {
                order.Remove("C0");
                order.Insert(0, "C0");
            }

            var text = string.Concat(order.Select((n, i) => i == 0 ? n : (!complete && random.Next(8) == 0 ? "=" : ">") + n));
            ballots.Add((text, random.Next(1, maxWeight + 1)));
        }

        return (names, ballots);
    }

    private static int IndexOf(IReadOnlyList<string> candidates, string name)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown candidate {name}", nameof(name));
    }
}
