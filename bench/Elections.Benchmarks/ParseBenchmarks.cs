using BenchmarkDotNet.Attributes;
using Elections.Core.Ballots.Formats;

namespace Elections.Benchmarks;

/// <summary>BenchmarkDotNet parse throughput on a generated in-memory BLT (ShortRun: a few seconds).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _blt = [];

    /// <summary>Ballots in the generated file.</summary>
    [Params(100_000)]
    public int Ballots { get; set; }

    /// <summary>Generates the file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        new SyntheticBallots(Ballots, 30, seed: 1).WriteBlt(stream);
        _blt = stream.ToArray();
    }

    /// <summary>Parses the BLT bytes into a ballot box.</summary>
    [Benchmark]
    public int ParseBlt()
    {
        using var stream = new MemoryStream(_blt, writable: false);
        return BallotReader.Read(stream, "synthetic.blt", MachineReadOptions.Value).Ballots.Count;
    }
}
