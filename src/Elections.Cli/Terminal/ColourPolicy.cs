namespace Elections.Cli.Terminal;

/// <summary>
/// When the CLI colours its output (https://no-color.org): only on a terminal, never when the
/// stream is redirected, when <c>NO_COLOR</c> is set to anything non-empty, when <c>TERM=dumb</c>,
/// or when the command writes <c>--json</c>.
/// </summary>
internal static class ColourPolicy
{
    public static bool Enabled(bool redirected, string? noColor, string? term, IReadOnlyCollection<string> arguments) =>
        !redirected
        && string.IsNullOrEmpty(noColor)
        && !string.Equals(term, "dumb", StringComparison.Ordinal)
        && !arguments.Contains("--json", StringComparer.Ordinal);

    /// <summary>Standard output and error of this process, each coloured or not by <see cref="Enabled"/>.</summary>
    public static (TextWriter Out, TextWriter Error) Console(IReadOnlyCollection<string> arguments)
    {
        var noColor = Environment.GetEnvironmentVariable("NO_COLOR");
        var term = Environment.GetEnvironmentVariable("TERM");
        return (
            new TerminalWriter(System.Console.Out, Enabled(System.Console.IsOutputRedirected, noColor, term, arguments)),
            new TerminalWriter(System.Console.Error, Enabled(System.Console.IsErrorRedirected, noColor, term, arguments)));
    }
}
