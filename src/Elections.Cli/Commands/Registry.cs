using System.CommandLine;

namespace Elections.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class Registry
{
    public static IEnumerable<Command> All(TextWriter output, TextWriter error)
    {
        yield return ReceiveCommand.Create(output, error);
        yield return ServeCommand.Create(output, error);
    }
}
