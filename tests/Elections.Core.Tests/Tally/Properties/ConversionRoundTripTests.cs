using CsCheck;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally.Properties;

/// <summary>
/// Issue 9's round trips as properties, for every reader × writer pair the project offers: generated
/// ballots (partial rankings, equal ranks, empty ballots, weights) with either unranked rule are
/// written in a source format and read back (the reader), then converted as <c>ballots convert</c>
/// does to every written format (the writer) and read back with the format detected. Either the
/// conversion is refused, or the new file verifies the same as the one it came from (each under
/// its own rule) and elects the same under Schulze and Minimax-PM, counted with each file's own rule.
/// </summary>
public sealed class ConversionRoundTripTests
{
    private static readonly string[] Methods = ["schulze", "minimax"];

    private static readonly Gen<(int Candidates, (int Weight, int[] Order, bool[] Ties)[] Ballots, bool Incomparable)> Elections =
        Gen.Int[2, 6].SelectMany(n => Gen.Select(
            Gen.Select(Gen.Int[1, 3], Gen.Int[0, n].SelectMany(length => Gen.Int[0, n - 1].Array[length]), Gen.Bool.Array[n])
                .Select((weight, picks, ties) => (weight, Order: picks.Distinct().ToArray(), ties))
                .Array[1, 25],
            Gen.Bool,
            (ballots, incomparable) => (n, ballots, incomparable)));

    public static TheoryData<BallotFormat> Sources() => new(BallotWriter.Writable);

    [Theory]
    [MemberData(nameof(Sources))]
    public void ConvertVerifyRecount_SameOrRefused(BallotFormat source)
    {
        var compared = 0;
        Elections.Sample(
            election =>
            {
                var first = Written(Box(election.Candidates, election.Ballots), election.Incomparable ? UnrankedPolicy.Incomparable : UnrankedPolicy.Last, source);
                if (first is null)
                {
                    return true;
                }

                foreach (var target in BallotWriter.Writable)
                {
                    var second = Written(first.Ballots, first.DefaultUnranked, target);
                    if (second is null)
                    {
                        continue;
                    }

                    Interlocked.Increment(ref compared);
                    var comparison = BallotComparison.Compare(first.Ballots, Matching(first.DefaultUnranked), second.Ballots, Matching(second.DefaultUnranked));
                    if (!comparison.Equal || !Methods.All(m => SameWinners(m, first, second)))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 150,
            seed: null);

        Assert.True(compared >= 10, $"only {compared} conversions were written and compared");
    }

    /// <summary>The box written as <paramref name="format"/> and read back; null when the conversion is refused.</summary>
    private static BallotFile? Written(BallotBox box, UnrankedPolicy rule, BallotFormat format)
    {
        try
        {
            var plan = BallotConversion.Plan(box, rule, format);
            var text = BallotWriter.WriteToString(box, format, plan.Unranked);
            BallotConversion.CheckReadsBack(format, System.Text.Encoding.UTF8.GetBytes(text));
            return BallotReader.Read(text, "converted");
        }
        catch (InvalidInputException)
        {
            return null;
        }
    }

    private static bool SameWinners(string method, BallotFile a, BallotFile b)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        var before = counter.Count(a.Ballots, new TallyOptions { Seats = 2, Unranked = a.DefaultUnranked });
        var after = counter.Count(b.Ballots, new TallyOptions { Seats = 2, Unranked = b.DefaultUnranked });
        return before.Winners.SequenceEqual(after.Winners);
    }

    private static BallotBox Box(int candidates, (int Weight, int[] Order, bool[] Ties)[] ballots)
    {
        var builder = new BallotBoxBuilder();
        for (var c = 0; c < candidates; c++)
        {
            builder.AddCandidate($"C{c}");
        }

        foreach (var (weight, order, ties) in ballots)
        {
            var groups = new List<List<int>>();
            for (var i = 0; i < order.Length; i++)
            {
                if (i == 0 || !ties[i])
                {
                    groups.Add([]);
                }

                groups[^1].Add(order[i]);
            }

            builder.Add(weight, groups);
        }

        return builder.Build();
    }

    private static UnrankedMatching Matching(UnrankedPolicy rule) =>
        rule == UnrankedPolicy.Incomparable ? UnrankedMatching.Incomparable : UnrankedMatching.Last;
}
