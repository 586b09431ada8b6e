using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Elections.Benchmarks;
using Elections.Core.Ballots.Formats;

// dotnet run -c Release --project bench/Elections.Benchmarks -- generate --ballots 1000000 --candidates 30 --out FILE [--seed 1] [--min-ranks N]
// dotnet run -c Release --project bench/Elections.Benchmarks -- parse FILE [--repeat 3]
// dotnet run -c Release --project bench/Elections.Benchmarks -- tally FILE METHOD [--repeat 1]   (read + count in process; peak working set)
// dotnet run -c Release --project bench/Elections.Benchmarks -- bdn --filter '*ParseBenchmarks*'   (BenchmarkDotNet)
var culture = CultureInfo.InvariantCulture;
string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

switch (args.FirstOrDefault())
{
    case "generate":
    {
        var ballots = int.Parse(Option("--ballots", "1000000"), culture);
        var candidates = int.Parse(Option("--candidates", "30"), culture);
        var seed = int.Parse(Option("--seed", "1"), culture);
        var minRanks = int.Parse(Option("--min-ranks", "-1"), culture);
        var path = Option("--out", "synthetic.blt");
        var watch = Stopwatch.StartNew();
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            new SyntheticBallots(ballots, candidates, seed, minRanks).WriteBlt(file);
        }

        Console.WriteLine(string.Create(culture, $"wrote {path}: {ballots:N0} ballots x {candidates} candidates, {new FileInfo(path).Length:N0} bytes in {watch.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    case "parse":
    {
        // Each run reads the file twice: once with the cheapest possible loop (the "floor"), once
        // parsing it; on a shared machine the ratio of the two is steadier than either time.
        var path = args.Length > 1 ? args[1] : "synthetic.blt";
        var repeat = int.Parse(Option("--repeat", "3"), culture);
        var size = new FileInfo(path).Length;
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        var ratios = new List<double>();
        long ballots = 0;
        long retained = 0;
        for (var run = 0; run < repeat; run++)
        {
            var floor = ScanFloor(path);
            GC.Collect();
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var result = BallotReader.Read(stream, path, MachineReadOptions.Value);
            watch.Stop();
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            bestWall = Math.Min(bestWall, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, cpu);
            ratios.Add(floor / Math.Min(watch.Elapsed.TotalSeconds, cpu));
            ballots = result.Ballots.TotalWeight;
            retained = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(result);
            Console.WriteLine(string.Create(culture, $"run {run + 1}{(run == 0 ? " (cold)" : "")}: {watch.Elapsed.TotalMilliseconds:F0} ms wall ({size / watch.Elapsed.TotalSeconds / 1e6:F0} MB/s), {cpu * 1000:F0} ms CPU ({size / cpu / 1e6:F0} MB/s); floor {size / floor / 1e6:F0} MB/s"));
        }

        ratios.Sort();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(culture, $"file {size / 1e6:F1} MB, {ballots:N0} ballots; best {size / bestWall / 1e6:F0} MB/s wall, {size / bestCpu / 1e6:F0} MB/s CPU"));
        Console.WriteLine(string.Create(culture, $"parse speed / floor speed (read the file + one branch per byte), median of runs: {ratios[ratios.Count / 2]:F2}"));
        Console.WriteLine(string.Create(culture, $"managed heap with the ballot box alive: {retained / 1e6:F1} MB ({(double)retained / size:F2}x file)"));
        Console.WriteLine(string.Create(culture, $"process peak working set: {process.PeakWorkingSet64 / 1e6:F1} MB ({(double)process.PeakWorkingSet64 / size:F2}x file; runs overlap, see tally for one read)"));
        Console.WriteLine(string.Create(culture, $"summary parse wall_mbs={size / bestWall / 1e6:F0} cpu_mbs={size / bestCpu / 1e6:F0} floor_ratio={ratios[ratios.Count / 2]:F2}"));
        return 0;
    }

    case "tally":
        return args.Length < 3
            ? Usage()
            : TallyRunner.Run(args[1], args[2], int.Parse(Option("--repeat", "1"), culture));

    case "bdn":
        // Every benchmark class in this project; pick with e.g. --filter *ParseBenchmarks*.
        BenchmarkSwitcher.FromAssembly(typeof(SyntheticBallots).Assembly).Run(args[1..]);
        return 0;

    default:
        return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: generate --ballots N --candidates C --out FILE [--seed S] [--min-ranks N] | parse FILE [--repeat N] | tally FILE METHOD [--repeat N] | bdn [BenchmarkDotNet arguments, e.g. --filter *Parse*]");
    return 2;
}

// The cheapest possible pass over the file (read it, one branch per byte): a yardstick for a shared machine.
static double ScanFloor(string path)
{
    var best = double.MaxValue;
    for (var run = 0; run < 1; run++)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 18];
        long newlines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                newlines += b == (byte)'\n' ? 1 : 0;
            }
        }

        watch.Stop();
        self.Refresh();
        best = Math.Min(best, Math.Min(watch.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpuBefore).TotalSeconds));
        GC.KeepAlive(newlines);
    }

    return best;
}
