using System.Diagnostics;
using System.Globalization;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;

namespace Elections.Benchmarks;

/// <summary>
/// The Stopwatch runner behind <c>tally FILE METHOD</c>: reads the file and counts it in this
/// process, <c>repeat</c> times, printing wall and CPU time of the read and of the count, and the
/// process's peak working set against the file's size. Run 1 includes JIT (cold); later runs are warm.
/// One method per process, so the peak belongs to that method.
/// </summary>
public static class TallyRunner
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Runs the count and prints one line per run plus a summary; returns the exit code.</summary>
    public static int Run(string path, string methodName, int repeat)
    {
        if (!TallyMethods.TryGet(methodName, out var method))
        {
            Console.Error.WriteLine($"unknown method {methodName}; use one of {string.Join(", ", TallyMethods.Names)}");
            return 2;
        }

        var size = new FileInfo(path).Length;
        var bestRead = double.MaxValue;
        var bestCount = double.MaxValue;
        var bestTotal = double.MaxValue;
        var coldWall = 0.0;
        var coldCpu = 0.0;
        var winners = "";
        for (var run = 1; run <= repeat; run++)
        {
            using var self = Process.GetCurrentProcess();
            var read = Measure(self, () =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                return BallotReader.Read(stream, path, MachineReadOptions.Value);
            });
            var count = Measure(self, () => method.Count(read.Value.Ballots, new TallyOptions()));
            winners = string.Join(", ", count.Value.Winners);
            bestRead = Math.Min(bestRead, read.Cpu);
            bestCount = Math.Min(bestCount, count.Cpu);
            if (run == 1)
            {
                (coldWall, coldCpu) = (read.Wall + count.Wall, read.Cpu + count.Cpu);
            }
            else
            {
                bestTotal = Math.Min(bestTotal, Math.Min(read.Wall + count.Wall, read.Cpu + count.Cpu));
            }
            Console.WriteLine(string.Create(
                Culture,
                $"run {run}{(run == 1 ? " (cold)" : "")}: read {read.Wall * 1000:F1} ms wall / {read.Cpu * 1000:F1} ms CPU; count {count.Wall * 1000:F1} ms wall / {count.Cpu * 1000:F1} ms CPU; total {(read.Wall + count.Wall) * 1000:F1} ms wall / {(read.Cpu + count.Cpu) * 1000:F1} ms CPU"));
            if (run < repeat)
            {
                GC.Collect();
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(Culture, $"{methodName} on {Path.GetFileName(path)} ({size / 1e6:F1} MB): winners {winners}"));
        Console.WriteLine(string.Create(Culture, $"best read {bestRead * 1000:F1} ms CPU ({size / bestRead / 1e6:F0} MB/s), best count {bestCount * 1000:F1} ms CPU"));
        Console.WriteLine(string.Create(Culture, $"process peak working set: {process.PeakWorkingSet64 / 1e6:F1} MB ({(double)process.PeakWorkingSet64 / size:F2}x file)"));
        var warm = repeat > 1 ? string.Create(Culture, $"{bestTotal * 1000:F1}") : "-";
        Console.WriteLine(string.Create(Culture, $"summary tally cold_wall_ms={coldWall * 1000:F1} cold_cpu_ms={coldCpu * 1000:F1} warm_ms={warm} peak_mb={process.PeakWorkingSet64 / 1e6:F1}"));
        return 0;
    }

    private static (T Value, double Wall, double Cpu) Measure<T>(Process self, Func<T> body)
    {
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = body();
        watch.Stop();
        self.Refresh();
        return (value, watch.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpuBefore).TotalSeconds);
    }
}
