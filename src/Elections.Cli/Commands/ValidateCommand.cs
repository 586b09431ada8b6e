using System.CommandLine;
using System.Text.Json;
using Elections.Cli.Terminal;
using Elections.Core.Snapshots;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary><c>elections validate [--repo DIR] [--json]</c>: every problem in the election files, exit 0 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var repo = GlobalOptions.Repo();
        var json = GlobalOptions.Json();
        var command = new Command("validate", "Check config/election.yml, voters.json and candidates/ and print every problem");
        command.Options.Add(repo);
        command.Options.Add(json);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var loaded = ElectionFolder.Load(folder);
            if (context.Get(json))
            {
                var document = new
                {
                    format_version = CliJson.FormatVersion,
                    valid = loaded.IsValid,
                    voters = loaded.Roll.Voters.Count,
                    nominees = loaded.Candidates.Count,
                    problems = loaded.Problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, field = p.Field, message = p.Message }),
                };
                await output.WriteLineAsync(JsonSerializer.Serialize(document, CliJson.Indented).AsMemory(), cancellationToken).ConfigureAwait(false);
                return loaded.IsValid ? ExitCodes.Ok : ExitCodes.BadInput;
            }

            foreach (var problem in loaded.Problems)
            {
                await output.WriteLineAsync(TerminalWriter.Paint(output, Tone.Error, problem.ToString()).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            var summary = TerminalWriter.Paint(output, loaded.IsValid ? Tone.Valid : Tone.Error, ElectionReport.Summary(loaded));
            await output.WriteLineAsync(summary.AsMemory(), cancellationToken).ConfigureAwait(false);

            return loaded.IsValid ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return command;
    }
}
