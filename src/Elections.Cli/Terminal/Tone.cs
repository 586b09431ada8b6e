namespace Elections.Cli.Terminal;

/// <summary>What a line means to the reader, shown in colour on a terminal.</summary>
internal enum Tone
{
    /// <summary>A problem or failure (red).</summary>
    Error,

    /// <summary>A warning (yellow).</summary>
    Warning,

    /// <summary>A clean result, e.g. "valid" (green).</summary>
    Valid,
}
