using BenchmarkDotNet.Attributes;
using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Benchmarks;

/// <summary>
/// Condorcet counting on synthetic ballots (issue 8: 1,000,000 ballots × 30 candidates): the
/// pairwise matrix alone, then Schulze and Minimax-PM end to end from a built ballot box. Parsing
/// is measured by the parse benchmarks; `elections tally FILE -m schulze` gives the whole pipeline.
/// </summary>
[MemoryDiagnoser]
public class CondorcetBenchmarks
{
    private BallotBox _box = null!;

    [Params(1_000_000)]
    public int Ballots { get; set; }

    [Params(30)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var builder = new BallotBoxBuilder(Ballots, Ballots * 16);
        for (var c = 0; c < Candidates; c++)
        {
            builder.AddCandidate($"Candidate {c + 1}");
        }

        var order = Enumerable.Range(0, Candidates).ToArray();
        var entries = new ushort[Candidates];
        for (var b = 0; b < Ballots; b++)
        {
            random.Shuffle(order);
            var length = random.Next(1, Candidates + 1);
            for (var i = 0; i < length; i++)
            {
                entries[i] = RankEntry.Of(order[i]);
            }

            builder.Add(1, entries.AsSpan(0, length));
        }

        _box = builder.Build();
    }

    [Benchmark]
    public long PairwiseMatrix() => Elections.Core.Tally.Condorcet.PairwiseMatrix.Build(_box, UnrankedPolicy.Last)[0, 1];

    [Benchmark]
    public int Schulze() => new SchulzeMethod().Count(_box, new TallyOptions()).Ranking.Count;

    [Benchmark]
    public int MinimaxPm() => new MinimaxMethod().Count(_box, new TallyOptions()).Ranking.Count;
}
