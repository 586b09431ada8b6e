namespace Elections.Core.Ballots.Formats;

/// <summary>How to read a ballot file.</summary>
public sealed record BallotReadOptions
{
    /// <summary>The longest line accepted, in bytes (default 1 MiB); longer lines are an error, not an out-of-memory.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

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
}
