using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;

namespace Elections.Core.Tests.Tally.Properties;

/// <summary>
/// The same generated ballots (seeded) written in every format <see cref="BallotWriter"/> makes
/// and read back count the same under every method that the format can carry: all methods for
/// BLT, CIVS and Debian sheets (partial rankings, equal ranks; CIVS and Debian expand weights);
/// for the CIVS proportional encoding, which cannot tell a last rank from unranked, complete
/// rankings and the methods that compare candidates pairwise with unranked tied last (plus
/// plurality, which reads only first choices).
/// </summary>
public sealed class FormatRoundTripTests
{
    private static readonly BallotFormat[] Formats = [BallotFormat.Blt, BallotFormat.Civs, BallotFormat.CivsProportional, BallotFormat.Debian];
    private static readonly string[] LastRankBlind = ["plurality", "schulze", "ranked-pairs", "minimax", "civs-proportional", "debian"];

    public static TheoryData<BallotFormat, string> Cases()
    {
        var data = new TheoryData<BallotFormat, string>();
        foreach (var format in Formats)
        {
            foreach (var method in TallyMethods.Names)
            {
                if (format != BallotFormat.CivsProportional || LastRankBlind.Contains(method))
                {
                    data.Add(format, method);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteThenRead_SameCount(BallotFormat format, string method)
    {
        Assert.True(TallyMethods.TryGet(method, out var counter));
        var complete = format == BallotFormat.CivsProportional;
        UnrankedPolicy[] policies = complete ? [UnrankedPolicy.Last] : [UnrankedPolicy.Last, UnrankedPolicy.Incomparable];
        for (var seed = 1; seed <= 6; seed++)
        {
            var (names, ballots) = TestBallots.Random(seed, 4 + (seed % 3), 40, condorcetWinner: false, maxWeight: 3, complete: complete);
            var box = TestBallots.Of(names, ballots);
            var text = BallotWriter.WriteToString(box, format);

            // The proportional encoding of complete rankings looks like plain CIVS to detection, so force it.
            var file = BallotReader.Read(text, "round-trip", new BallotReadOptions { Format = complete ? format : null });

            Assert.Equal(format, file.Format);
            Assert.Equal(box.TotalWeight, file.Ballots.TotalWeight);
            foreach (var unranked in policies)
            {
                foreach (var seats in method == "irv" ? [1] : (int[])[1, 3])
                {
                    var options = new TallyOptions { Seats = seats, Unranked = unranked };
                    Assert.Equal(OrderIndependenceTests.Describe(counter.Count(box, options)), OrderIndependenceTests.Describe(counter.Count(file.Ballots, options)));
                }
            }
        }
    }
}
