using System.CommandLine;
using System.CommandLine.Parsing;

namespace Elections.Cli.Help;

/// <summary>The command a parse reached, spelled as a user types it: <c>elections ballots stats</c>.</summary>
internal static class CommandPath
{
    public static string Of(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command; result = command.Parent)
        {
            if (command.Command is not RootCommand)
            {
                names.Add(command.Command.Name);
            }
        }

        names.Add("elections");
        names.Reverse();
        return string.Join(' ', names);
    }
}
