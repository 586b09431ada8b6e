using System.CommandLine;
using Elections.Cli.Commands.Voting;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections voting export|check-email|changes|import</c>: the hand-off to an external voting tool and the
/// ballots back (docs/voting.md).
/// </summary>
internal static class VotingCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("voting", "Hand the election to OpaVote or CIVS and take the ballots back");
        command.Subcommands.Add(ExportCommand.Create(output, error, clock));
        command.Subcommands.Add(CheckEmailCommand.Create(output, error));
        command.Subcommands.Add(ChangesCommand.Create(output, error, clock));
        command.Subcommands.Add(ImportCommand.Create(output, error, clock));
        return command;
    }
}
