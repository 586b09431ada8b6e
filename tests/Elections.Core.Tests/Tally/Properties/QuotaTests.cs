using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Properties;

/// <summary>
/// Every STV method in <see cref="TallyMethods"/> on generated elections (seeded): a candidate
/// whose first preferences reach floor(V/(S+1)) + 1, at or above every quota these methods use
/// (Droop whole or fractional, Meek's, ERS97's two-decimal one), is elected in the first round.
/// </summary>
public sealed class QuotaTests
{
    public static TheoryData<string> StvMethods() => new(StvNames());

    [Fact]
    public void StvMethods_CoverEveryStvRuleSet()
    {
        Assert.Equal(["irv", "meek", "meek-nz", "scottish-stv", "ers97", "stv", "stv-portland"], StvNames());
    }

    [Theory]
    [MemberData(nameof(StvMethods))]
    public void Count_CandidateWithQuotaOfFirstPreferences_IsElectedFirstRound(string method)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        for (var seed = 1; seed <= 15; seed++)
        {
            var seats = method == "irv" ? 1 : 1 + (seed % 4);
            var random = new Random(seed * 613);
            var (names, ballots) = TestBallots.Random(seed, 4 + (seed % 5), 50, condorcetWinner: false, maxWeight: 5);
            var holder = names[random.Next(names.Length)];
            var total = ballots.Sum(b => b.Item2);
            var first = ballots.Where(b => FirstChoice(b.Item1) == holder).Sum(b => b.Item2);

            // Add ballots for the holder until first >= floor(total/(seats+1)) + 1.
            var extra = Math.Max(1, ((total - (first * (seats + 1))) / seats) + 1);
            var others = names.Where(n => n != holder).OrderBy(_ => random.Next()).Take(random.Next(0, names.Length));
            ballots.Insert(random.Next(ballots.Count + 1), (string.Join(">", others.Prepend(holder)), extra));
            total += extra;
            first += extra;
            Assert.True(first >= (total / (seats + 1)) + 1);

            var result = counter.Count(TestBallots.Of(names, ballots), new TallyOptions { Seats = seats });

            Assert.True(result.Winners.Contains(holder), $"seed {seed}: {holder} with {first} of {total} first preferences not elected to {seats} seats");
            Assert.True(result.Rounds[0].Elected.Contains(holder), $"seed {seed}: {holder} not elected in the first round");
        }
    }

    private static IEnumerable<string> StvNames() =>
        TallyMethods.Names.Where(name => TallyMethods.TryGet(name, out var method) && method.GetType().Namespace == typeof(IrvMethod).Namespace);

    private static string FirstChoice(string ranking) => ranking.Split('>')[0];
}
