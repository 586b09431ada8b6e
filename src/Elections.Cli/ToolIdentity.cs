using System.Reflection;
using System.Text;

namespace Elections.Cli;

/// <summary>What the running tool is and how it was called, for reports that must say what produced them.</summary>
internal static class ToolIdentity
{
    /// <summary>The informational version (e.g. <c>0.1.0+3f2a…</c>, with the source commit when the build knew it).</summary>
    public static string Version { get; } =
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolIdentity).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The command line as a shell would take it back: <c>elections tally 'my file.blt' --method meek</c>.</summary>
    public static string CommandLine(IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Select(Quote).Prepend("elections"));

    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal)))
        {
            return argument;
        }

        return new StringBuilder("'").Append(argument.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'').ToString();
    }
}
