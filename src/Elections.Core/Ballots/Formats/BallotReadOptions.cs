namespace Elections.Core.Ballots.Formats;

/// <summary>How to read a ballot file.</summary>
public sealed record BallotReadOptions
{
    /// <summary>The longest line accepted, in bytes (default 1 MiB); longer lines are an error, not an out-of-memory.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>The most threads <see cref="ThreadsFor"/> recommends.</summary>
    private const int MaxThreads = 4;

    /// <summary>Read as this format instead of detecting it from the content (<see cref="Validation.SettingKeys.BallotFormat"/>).</summary>
    public BallotFormat? Format { get; init; }

    /// <summary>The longest line accepted, in bytes.</summary>
    public int MaxLineBytes { get; init; } = DefaultMaxLineBytes;

    /// <summary>
    /// The rules for overvotes, skipped ranks and duplicates in cast-vote-record files; when null
    /// they are chosen from the file's markers (<c>undervote</c> → Minneapolis, else <c>skipped</c> →
    /// Portland, else <c>overvote</c> → Minneapolis, else Portland with a warning).
    /// </summary>
    public CvrRules? CvrRules { get; init; }

    /// <summary>
    /// Threads a large BLT file (8 MiB and more) is parsed on; 1 (the default) parses on the calling
    /// thread. Core does not look at the machine: the host chooses, usually with <see cref="ThreadsFor"/>.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// The thread count worth using on a machine with <paramref name="processors"/> processors: at
    /// most 4, because the file is read and the parsed chunks appended on one thread, so more threads
    /// would mostly add hand-offs.
    /// </summary>
    public static int ThreadsFor(int processors) => Math.Clamp(processors, 1, MaxThreads);
}
