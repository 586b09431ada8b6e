using Elections.Core.Tally;

namespace Elections.Core.Tests.Tally.Properties;

/// <summary>
/// Every registered method (<see cref="TallyMethods"/>) on generated elections (seeded): the order
/// of the ballots in the file never changes the count, and neither does the order of the
/// candidates (the box rebuilt with the candidates renumbered; results compared by name) unless a
/// tie had to be broken, since ties fall back to file order by design.
/// </summary>
public sealed class OrderIndependenceTests
{
    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var name in TallyMethods.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_BallotsShuffled_IdenticalCount(string method)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        for (var seed = 1; seed <= 10; seed++)
        {
            var (names, ballots) = TestBallots.Random(seed, 4 + (seed % 4), 60, condorcetWinner: false);
            var random = new Random(seed * 7919);
            var shuffled = ballots.OrderBy(_ => random.Next()).ToList();
            var options = Options(method, seed);

            var a = counter.Count(TestBallots.Of(names, ballots), options);
            var b = counter.Count(TestBallots.Of(names, shuffled), options);

            Assert.Equal(Describe(a), Describe(b));
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_CandidatesRenumbered_SameResultByName(string method)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        var compared = 0;
        for (var seed = 1; seed <= 12; seed++)
        {
            // Large, varied weights make exact ties rare; a count that breaks one is left out.
            var (names, ballots) = TestBallots.Random(seed, 4 + (seed % 4), 60, condorcetWinner: false, maxWeight: 1000);
            var random = new Random(seed * 104729);
            var renumbered = names.OrderBy(_ => random.Next()).ToArray();
            var shuffled = ballots.OrderBy(_ => random.Next()).ToList();
            var options = Options(method, seed);

            var a = counter.Count(TestBallots.Of(names, ballots), options);
            var b = counter.Count(TestBallots.Of(renumbered, shuffled), options);
            if (a.Ties.Count > 0 || b.Ties.Count > 0)
            {
                continue;
            }

            Assert.Equal(Describe(a, searchTrace: false), Describe(b, searchTrace: false));
            compared++;
        }

        Assert.True(compared >= 8, $"only {compared} of 12 generated counts were free of ties");
    }

    private static TallyOptions Options(string method, int seed) =>
        new() { Seats = method == "irv" ? 1 : 1 + (seed % 3) };

    /// <summary>
    /// The result by candidate name: winners in order, full ranking, and each round's votes, elected
    /// and excluded. Without <paramref name="searchTrace"/> the votes of CIVS proportional's
    /// committee-search round are left out: they count the committees the search happened to
    /// explore, a trace of a search that walks candidates in file order, not part of the result.
    /// </summary>
    internal static string Describe(TallyResult result, bool searchTrace = true)
    {
        var rounds = result.Rounds.Select(r =>
            (!searchTrace && r.Note.StartsWith("committee search", StringComparison.Ordinal) ? "(search trace)" : string.Join(" ", r.Votes.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))) +
            $" | threshold {r.Threshold} exhausted {r.Exhausted} | elected {string.Join(",", r.Elected.Order(StringComparer.Ordinal))} | out {string.Join(",", r.Eliminated.Order(StringComparer.Ordinal))}");
        return $"winners {string.Join(",", result.Winners)}\nranking {string.Join(",", result.Ranking)}\n{string.Join("\n", rounds)}";
    }
}
