namespace Elections.Core.Ballots.Formats;

/// <summary>The parallel parse of large files: a buffered window split into chunks parsed on several threads.</summary>
internal sealed partial class BltReader
{
    /// <summary>Files from this size on are parsed on several threads (smaller ones are not worth the hand-offs).</summary>
    public const long DefaultParallelMinBytes = 8L << 20;

    /// <summary>The window split between threads: the reader's buffer grows to this.</summary>
    private const int ParallelWindow = 1 << 21;

    /// <summary>Less than this is parsed on one thread even in parallel mode (a tail or a small test file is not worth a hand-off).</summary>
    private int MinParallelSpan { get; }

    /// <summary>Segments for chunks 1… of a window (chunk 0 goes straight into the builder); empty when parsing on one thread.</summary>
    private readonly BallotBoxBuilder[] _segments;

    /// <summary>
    /// <see cref="ParsePlainLines"/> on one thread per chunk of <paramref name="window"/> (split at
    /// line ends): chunk 0 into the builder, the others into segments appended in order, so the
    /// box is the one the single-threaded loop builds. Where a chunk stops at a line the fast path
    /// does not take, the chunks after it are dropped and the window ends at that line, which the
    /// line-by-line reader then reads or reports with its exact line number.
    /// </summary>
    private int ParsePlainLinesInParallel(ReadOnlyMemory<byte> window, out int lines, ref int max)
    {
        var span = window.Span;
        var chunks = _segments.Length + 1;
        var bounds = new int[chunks + 1];
        for (var i = 1; i < chunks; i++)
        {
            var cut = Math.Max(bounds[i - 1], (int)((long)span.Length * i / chunks));
            var newline = span[cut..].IndexOf((byte)'\n');
            bounds[i] = newline < 0 ? span.Length : cut + newline + 1;
        }

        bounds[chunks] = span.Length;
        var results = new (int Committed, int Lines, int Max, long Empty)[chunks];
        var candidates = _candidates;
        var maxLine = _lines.MaxLine;
        var tasks = new Task[chunks - 1];
        for (var i = 1; i < chunks; i++)
        {
            var chunk = i;
            tasks[i - 1] = Task.Run(() =>
            {
                var chunkMax = -1;
                long empty = 0;
                var bytes = window.Span[bounds[chunk]..bounds[chunk + 1]];
                var committed = ParsePlainLines(bytes, _segments[chunk - 1], candidates, maxLine, out var chunkLines, ref chunkMax, ref empty);
                results[chunk] = (committed, chunkLines, chunkMax, empty);
            });
        }

        try
        {
            var firstMax = -1;
            long firstEmpty = 0;
            var first = ParsePlainLines(span[..bounds[1]], _builder, candidates, maxLine, out var firstLines, ref firstMax, ref firstEmpty);
            results[0] = (first, firstLines, firstMax, firstEmpty);
        }
        finally
        {
            // Block without spinning first (Task.Wait spins, which on a busy machine takes the core
            // the other chunk needs); WaitAll then only rethrows a failure.
            foreach (var task in tasks)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }

            Task.WaitAll(tasks);
        }

        var taken = 0;
        lines = 0;
        for (var i = 0; i < chunks; i++)
        {
            var (committed, chunkLines, chunkMax, empty) = results[i];
            if (i > 0)
            {
                _builder.AppendChecked(_segments[i - 1]);
            }

            taken += committed;
            lines += chunkLines;
            max = Math.Max(max, chunkMax);
            _emptyBallots += empty;
            if (committed < bounds[i + 1] - bounds[i])
            {
                // Later chunks continue after a line not yet read: drop them.
                for (var j = i + 1; j < chunks; j++)
                {
                    _segments[j - 1].Clear();
                }

                break;
            }
        }

        return taken;
    }
}
