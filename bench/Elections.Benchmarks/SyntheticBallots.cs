using System.Globalization;
using System.Text;
using Elections.Core.Ballots;

namespace Elections.Benchmarks;

/// <summary>
/// Seeded synthetic ballots for benchmarks: each voter ranks a random prefix of a preference
/// order drawn with a popularity bias (candidate i is picked first with weight C − i), so first
/// preferences are skewed as in real elections. The same seed always gives the same ballots.
/// </summary>
public sealed class SyntheticBallots(int ballots, int candidates, int seed = 1, int minRanks = -1)
{
    /// <summary>Number of ballots.</summary>
    public int Ballots { get; } = ballots;

    /// <summary>Number of candidates.</summary>
    public int Candidates { get; } = candidates;

    /// <summary>Builds the ballots in memory (for tally benchmarks).</summary>
    public BallotBox Build()
    {
        var builder = new BallotBoxBuilder(Ballots, Ballots * Candidates) { Title = Title, DeclaredSeats = Seats };
        for (var c = 0; c < Candidates; c++)
        {
            builder.AddCandidate(NameOf(c));
        }

        var order = new int[Candidates];
        var entries = new ushort[Candidates];
        var random = new Random(seed);
        for (var b = 0; b < Ballots; b++)
        {
            var length = Next(random, order);
            for (var i = 0; i < length; i++)
            {
                entries[i] = RankEntry.Of(order[i]);
            }

            builder.Add(1, entries.AsSpan(0, length));
        }

        return builder.Build();
    }

    /// <summary>Writes the ballots as a BLT file (canonical dialect) to <paramref name="output"/>.</summary>
    public void WriteBlt(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new byte[1 << 16];
        var used = 0;
        void Put(ReadOnlySpan<byte> bytes)
        {
            if (used + bytes.Length > buffer.Length)
            {
                output.Write(buffer, 0, used);
                used = 0;
            }

            bytes.CopyTo(buffer.AsSpan(used));
            used += bytes.Length;
        }

        void PutNumber(int value)
        {
            Span<byte> digits = stackalloc byte[12];
            value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
            Put(digits[..written]);
        }

        PutNumber(Candidates);
        Put(" "u8);
        PutNumber(Seats);
        Put("\n"u8);
        var order = new int[Candidates];
        var random = new Random(seed);
        for (var b = 0; b < Ballots; b++)
        {
            var length = Next(random, order);
            Put("1"u8);
            for (var i = 0; i < length; i++)
            {
                Put(" "u8);
                PutNumber(order[i] + 1);
            }

            Put(" 0\n"u8);
        }

        Put("0\n"u8);
        for (var c = 0; c < Candidates; c++)
        {
            Put(Encoding.UTF8.GetBytes($"\"{NameOf(c)}\"\n"));
        }

        Put(Encoding.UTF8.GetBytes($"\"{Title}\"\n"));
        output.Write(buffer, 0, used);
    }

    private int Seats => Math.Max(1, Candidates / 4);

    private string Title => string.Create(CultureInfo.InvariantCulture, $"Synthetic {Ballots} x {Candidates} seed {seed}");

    private static string NameOf(int candidate) => string.Create(CultureInfo.InvariantCulture, $"Candidate {candidate + 1}");

    /// <summary>Draws one ballot into <paramref name="order"/>; returns how many candidates it ranks.</summary>
    private int Next(Random random, int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Biased first choice: candidate i with weight (C - i); then a uniform shuffle of the rest.
        var total = Candidates * (Candidates + 1) / 2;
        var pick = random.Next(total);
        var first = 0;
        for (var weight = Candidates; pick >= weight; weight--)
        {
            pick -= weight;
            first++;
        }

        (order[0], order[first]) = (order[first], order[0]);
        for (var i = 1; i < order.Length - 1; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var min = minRanks < 0 ? Candidates : Math.Clamp(minRanks, 1, Candidates);
        return min == Candidates ? Candidates : random.Next(min, Candidates + 1);
    }
}
