using Elections.Core.Ballots.Formats;

namespace Elections.Benchmarks;

/// <summary>How the benchmarks read ballots: on as many threads as this machine is worth (the CLI does the same).</summary>
internal static class MachineReadOptions
{
    /// <summary>The options, with <see cref="BallotReadOptions.Threads"/> set from the processor count.</summary>
    public static BallotReadOptions Value { get; } = new() { Threads = BallotReadOptions.ThreadsFor(Environment.ProcessorCount) };
}
