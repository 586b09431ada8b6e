using Spectre.Console;

namespace Elections.Cli.Progress;

/// <summary>
/// A Spectre.Console progress bar on standard error for work expected to take more than about a
/// second (issue 9: reading, counting or converting a large ballot file). Only on a terminal: never
/// when either output is redirected, with <c>--json</c>, or when the command writes somewhere other
/// than the console (tests, embedding). The bar is cleared when the work ends.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>Files from this size on take about a second to read and count (bench/README.md: 200–280 MB/s parse, plus the count).</summary>
    public const long LargeFileBytes = 16L << 20;

    /// <summary>Whether a command writing to <paramref name="output"/> shows progress for a file of <paramref name="bytes"/>.</summary>
    public static bool Shows(TextWriter output, bool json, long bytes) =>
        Decide(ReferenceEquals(output, Console.Out), Console.IsOutputRedirected || Console.IsErrorRedirected, json, bytes);

    /// <summary>The rule itself: console output, nothing redirected, no JSON, a large file.</summary>
    public static bool Decide(bool toConsole, bool redirected, bool json, long bytes) =>
        toConsole && !redirected && !json && bytes >= LargeFileBytes;

    /// <summary>
    /// Runs <paramref name="work"/>, with a bar named <paramref name="description"/> when <paramref name="show"/>:
    /// a percentage of <paramref name="total"/> as the work reports what it has done, or a moving bar when the total is unknown.
    /// </summary>
    public static T Run<T>(bool show, string description, long? total, Func<Action<long>, T> work)
    {
        if (!show)
        {
            return work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                var result = work(done => task.Value = Math.Min(done, task.MaxValue));
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }
}
