using System.Globalization;
using System.Text;

namespace Elections.Benchmarks;

/// <summary>
/// Writes a synthetic BLT election: <c>ballots</c> lines over <c>candidates</c>, each voter ranking
/// between 1 and all candidates, popular candidates more often first (a fixed-seed generator so
/// every run counts the same file).
/// </summary>
public static class StvBallotGenerator
{
    /// <summary>The BLT text of the election.</summary>
    public static string Blt(int ballots, int candidates, int seats, int seed = 2024)
    {
        var random = new Random(seed);
        var text = new StringBuilder(ballots * candidates * 2);
        text.Append(CultureInfo.InvariantCulture, $"{candidates} {seats}\n");
        var order = Enumerable.Range(1, candidates).ToArray();
        for (var b = 0; b < ballots; b++)
        {
            // Popularity bias: candidate k gets a random key skewed by its index.
            var keys = order.Select(c => random.NextDouble() * (1.0 + (c * 0.15))).ToArray();
            Array.Sort(keys, order);
            var length = 1 + (int)(candidates * Math.Pow(random.NextDouble(), 2));
            text.Append('1');
            for (var i = 0; i < length; i++)
            {
                text.Append(' ').Append(order[i]);
            }

            text.Append(" 0\n");
            Array.Sort(order);
        }

        text.Append("0\n");
        for (var c = 1; c <= candidates; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"Candidate {c}\"\n");
        }

        text.Append("\"Synthetic election\"\n");
        return text.ToString();
    }
}
