using System.CommandLine;
using System.Text.Json;
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
            var loaded = ElectionRepository.Load(folder);
            if (context.Get(json))
            {
                var document = new
                {
                    valid = loaded.IsValid,
                    voters = loaded.Files.Roll.Voters.Count,
                    nominees = loaded.Files.Candidates.Count,
                    problems = loaded.Problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, field = p.Field, message = p.Message }),
                };
                await output.WriteLineAsync(JsonSerializer.Serialize(document, CliJson.Indented).AsMemory(), cancellationToken).ConfigureAwait(false);
                return loaded.IsValid ? ExitCodes.Ok : ExitCodes.BadInput;
            }

            foreach (var problem in loaded.Problems)
            {
                await output.WriteLineAsync(problem.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            var summary = $"{ElectionRepository.ConfigPath}, {ElectionFilesReader.RollPath} ({loaded.Files.Roll.Voters.Count} voters), "
                + $"{ElectionFilesReader.CandidatesFolder}/ ({loaded.Files.Candidates.Count} nominees): ";
            if (loaded.IsValid)
            {
                await output.WriteLineAsync((summary + "valid").AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var count = loaded.Problems.Count;
            await output.WriteLineAsync((summary + $"{count} problem{(count == 1 ? "" : "s")}").AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }));
        return command;
    }
}
