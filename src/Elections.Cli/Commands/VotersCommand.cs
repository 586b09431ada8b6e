using System.CommandLine;
using System.Text.Json;
using Elections.App.Presentation;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections voters</c>: voter-roll tools. <c>import-nixos FILE [--out PATH] [--json]</c>
/// converts a NixOS 2024 <c>voters.json</c> map into the roll format (docs/voters.md).
/// Exit 0 when every entry was converted and the new roll validates; 2 otherwise (the roll is
/// still written, so what converted is not lost; the report says what to fix).
/// </summary>
internal static class VotersCommand
{
    private const string CommandName = "elections voters import-nixos";

    public static Command Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("voters", "Voter roll tools (voters.json)");
        command.Subcommands.Add(ImportNixos(output, error));
        command.Subcommands.Add(Voters.GenerateCommand.Build(output, error));
        command.Subcommands.Add(Voters.ExplainCommand.Build(output, error));
        foreach (var edit in Voters.RollEditCommands.Build(output, error, clock))
        {
            command.Subcommands.Add(edit);
        }

        command.Subcommands.Add(Voters.SyncTeamCommand.Create(output, error));
        return command;
    }

    private static Command ImportNixos(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A NixOS 2024 voters.json map (\"email\": id, \"@login: note\": id, \"email\": \"@login: note\")" };
        var outPath = new Option<FileInfo>("--out") { Description = "Write the converted roll to this file instead of standard output" };
        var json = GlobalOptions.Json();
        json.Description = "Write the import report as JSON on standard output (needs --out)";
        var command = new Command("import-nixos", "Convert a NixOS 2024 voter map into an elections/voters roll, reporting what could not be mapped");
        command.Arguments.Add(file);
        command.Options.Add(outPath);
        command.Options.Add(json);
        command.SetAction(ElectionsCli.Action(output, error, (context, cancellationToken) =>
            RunAsync(context, context.Get(file), context.Parse.GetValue(outPath), context.Get(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, FileInfo file, FileInfo? outPath, bool json, CancellationToken cancellationToken)
    {
        if (json && outPath is null)
        {
            throw new InvalidInputException(new Problem(CommandName, 0, "--json", "needs --out PATH, because otherwise the roll itself goes to standard output"));
        }

        var source = file.ToString();
        var text = InputFile.ReadText(file.FullName, source, ElectionLayout.MaxRollBytes);
        var result = NixosVoterImport.Import(source, text);
        if (result.Voters.Count == 0 && result.Unmapped.Count > 0)
        {
            throw new InvalidInputException(result.Unmapped);
        }

        var target = outPath?.ToString() ?? "(standard output)";
        var roll = VoterRollWriter.Write(result.Voters);
        var parsed = VoterRollParser.Parse(target, roll);
        IReadOnlyList<Problem> problems = [.. parsed.Problems, .. VoterRollValidator.Validate(parsed.Roll, [], "the election config")];
        if (outPath is null)
        {
            await context.Out.WriteAsync(roll.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllTextAsync(outPath.FullName, roll, cancellationToken).ConfigureAwait(false);
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonReport(source, target, result, problems).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await TextReportAsync(context.Error, target, result, problems).ConfigureAwait(false);
        }

        return result.Unmapped.Count + problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static async Task TextReportAsync(TextWriter error, string target, NixosImportResult result, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in result.Unmapped.Concat(result.Notices).Concat(problems))
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        var statuses = string.Join(", ", Counts(result.Voters).Select(c => $"{c.Value} {c.Key}"));
        await error.WriteLineAsync(
            $"imported {result.Voters.Count} voter(s) ({(statuses.Length == 0 ? "none" : statuses)}) to {target}; " +
            $"{result.Unmapped.Count} entr{(result.Unmapped.Count == 1 ? "y" : "ies")} not imported, {problems.Count} problem(s) in the new roll. " +
            "Excluded ids are not checked here; validate the repository after merging.").ConfigureAwait(false);
    }

    private static string JsonReport(string source, string target, NixosImportResult result, IReadOnlyList<Problem> problems)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber(JsonFormat.Field, JsonFormat.Version);
            writer.WriteString("source", source);
            writer.WriteString("output", target);
            writer.WriteNumber("imported", result.Voters.Count);
            writer.WriteStartObject("statuses");
            foreach (var (status, count) in Counts(result.Voters))
            {
                writer.WriteNumber(status, count);
            }

            writer.WriteEndObject();
            WriteProblems(writer, "not_imported", result.Unmapped);
            WriteProblems(writer, "notices", result.Notices);
            WriteProblems(writer, "problems", problems);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteProblems(Utf8JsonWriter writer, string name, IReadOnlyList<Problem> problems)
    {
        writer.WriteStartArray(name);
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("file", problem.File);
            writer.WriteNumber("line", problem.Line);
            writer.WriteString("field", problem.Field);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static IEnumerable<KeyValuePair<string, int>> Counts(IReadOnlyList<Voter> voters) =>
        voters.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(VoterRules.ToText(g.Key), g.Count()));
}
