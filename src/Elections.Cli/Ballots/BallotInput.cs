using System.CommandLine;
using Elections.Cli.Progress;
using Elections.Cli.Settings;
using Elections.Cli.Terminal;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Ballots;

/// <summary>
/// How every command reads a ballot file: <c>--format</c> to force a format (else detected from the
/// content), <c>--cvr-rules</c> for cast-vote records (a preset name or an RCTab configuration),
/// warnings on standard error.
/// </summary>
internal static class BallotInput
{
    public static readonly Option<string?> Format = new("--format")
    {
        Description = $"Read input as this format instead of detecting it: {string.Join(", ", BallotFormatNames.All)}",
    };

    public static readonly Option<string?> CvrRules = new("--cvr-rules")
    {
        Description = "Rules for cast-vote records: minneapolis, portland, or an RCTab contest configuration (.json); default: chosen from the file's markers",
    };

    private static readonly SettingSources Sources = new SettingSources()
        .Flag(SettingKeys.BallotFormat, "--format")
        .Flag(SettingKeys.CvrRules, "--cvr-rules");

    /// <summary>Reads the ballot file at <paramref name="path"/>, with a progress bar for a large file on a terminal (none with <paramref name="json"/>).</summary>
    public static async Task<BallotFile> ReadAsync(CommandContext context, string path, CancellationToken cancellationToken, bool json = false)
    {
        var options = new BallotReadOptions
        {
            Format = ParseFormat(context.Get(Format)),
            CvrRules = ParseRules(context.Get(CvrRules)),
            Threads = BallotReadOptions.ThreadsFor(Environment.ProcessorCount),
        };
        BallotFile file;
        await using (var stream = InputFile.OpenRead(path, path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var length = stream.Length;
                file = TerminalProgress.Run(TerminalProgress.Shows(context.Out, json, length), $"reading {path}", length, report =>
                {
                    using var counted = new ProgressStream(stream, report);
                    return BallotReader.Read(counted, path, options);
                });
            }
            catch (InvalidInputException exception)
            {
                throw Sources.Locate(exception);
            }
        }

        foreach (var warning in file.Warnings)
        {
            await context.Error.WriteLineAsync(TerminalWriter.Paint(context.Error, Tone.Warning, $"warning: {Sources.Locate(warning)}")).ConfigureAwait(false);
        }

        return file;
    }

    private static BallotFormat? ParseFormat(string? name)
    {
        if (name is null)
        {
            return null;
        }

        return BallotFormatNames.TryParse(name, out var format)
            ? format
            : throw new InvalidInputException(new Problem("--format", 0, "", $"'{name}' is not a ballot format; use one of {string.Join(", ", BallotFormatNames.All)}"));
    }

    private static CvrRules? ParseRules(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "MINNEAPOLIS" => Core.Ballots.Formats.CvrRules.Minneapolis,
        "PORTLAND" => Core.Ballots.Formats.CvrRules.Portland,
        _ when value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => RctabRules.Parse(InputFile.ReadText(value, value), value),
        _ => throw new InvalidInputException(new Problem("--cvr-rules", 0, "", $"'{value}' is not minneapolis, portland or an RCTab configuration file (.json)")),
    };
}
