namespace Elections.Infrastructure.Store;

#pragma warning disable CA1002, CA1819, CS1591, CA1805, CA2211
public static class Probe
{
    public static readonly System.Collections.Concurrent.ConcurrentQueue<(string Stage, double Ms)> Samples = new();

    public static void Add(string stage, long start) =>
        Samples.Enqueue((stage, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds));

    public static string Report()
    {
        var lines = Samples.GroupBy(s => s.Stage).Select(g =>
        {
            var v = g.Select(x => x.Ms).Order().ToArray();
            return System.FormattableString.Invariant($"{g.Key,-14} n={v.Length,6} p50={v[v.Length / 2]:F2} p90={v[(int)(v.Length * 0.9)]:F2} p99={v[(int)(v.Length * 0.99)]:F2} max={v[^1]:F2} sum={v.Sum():F0}");
        }).ToList();
        Samples.Clear();
        return string.Join("\n", lines);
    }
}
