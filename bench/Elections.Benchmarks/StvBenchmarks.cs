using BenchmarkDotNet.Attributes;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Benchmarks;

/// <summary>
/// End-to-end STV counts (read the BLT, group ballots, count) for 1,000,000 ballots × 30
/// candidates with Meek (OpaVote rules) and Scottish STV; memory diagnoser reports allocations.
/// Peak working set and wall time are printed by <c>bench/run.sh</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StvBenchmarks
{
    private byte[] _file = [];
    private BallotBox _box = null!;

    /// <summary>Ballots in the synthetic file.</summary>
    [Params(1_000_000)]
    public int Ballots { get; set; }

    /// <summary>Generates the file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = System.Text.Encoding.UTF8.GetBytes(StvBallotGenerator.Blt(Ballots, 30, 5));
        _box = BallotReader.Read(_file, "synthetic.blt", MachineReadOptions.Value).Ballots;
    }

    /// <summary>Read + Meek count.</summary>
    [Benchmark]
    public TallyResult MeekEndToEnd() => new MeekStvMethod().Count(BallotReader.Read(_file, "synthetic.blt", MachineReadOptions.Value).Ballots, new TallyOptions());

    /// <summary>Read + Scottish STV count.</summary>
    [Benchmark]
    public TallyResult ScottishEndToEnd() => new ScottishStvMethod().Count(BallotReader.Read(_file, "synthetic.blt", MachineReadOptions.Value).Ballots, new TallyOptions());

    /// <summary>Meek count of ballots already read.</summary>
    [Benchmark]
    public TallyResult MeekCountOnly() => new MeekStvMethod().Count(_box, new TallyOptions());
}
