using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Elections.App.Presentation;
using Elections.Cli.Ballots;
using Elections.Cli.Progress;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections ballots convert|verify|stats</c>: ballot files in any supported format
/// (docs/ballot-formats.md). Exit codes: 0 ok (verify: the files match), 1 verify found a
/// difference, 2 bad input.
/// </summary>
internal static class BallotsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("ballots", "Convert, compare and summarise ballot files (BLT, CIVS, Debian, CVR)");
        command.Subcommands.Add(Convert(output, error));
        command.Subcommands.Add(Verify(output, error));
        command.Subcommands.Add(Stats(output, error));
        return command;
    }

    private static Command Convert(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("IN") { Description = "The ballot file to read" };
        var target = new Argument<string>("OUT") { Description = "The file to write ('-' for standard output)" };
        var to = new Option<string>("--to")
        {
            Description = "Output format: blt, civs, civs-proportional, civs-upload, debian",
            DefaultValueFactory = _ => "blt",
        };
        var unranked = new Option<string?>("--unranked")
        {
            Description = "What unranked candidates on the input mean: last or incomparable (default: what the input file says). The output keeps it, or the conversion stops and says why",
        };
        var command = new Command("convert", "Convert a ballot file to another format; the new file counts the same as the old one, or nothing is written")
        {
            input, target, to, unranked, BallotInput.Format, BallotInput.CvrRules,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var toName = context.Get(to);
            if (!BallotFormatNames.TryParse(toName, out var format) || !BallotWriter.Writable.Contains(format))
            {
                throw new InvalidInputException(new Problem("--to", 0, "", $"'{toName}' is not a format this tool writes; use one of blt, civs, civs-proportional, civs-upload, debian"));
            }

            var file = await BallotInput.ReadAsync(context, context.Get(input), cancellationToken).ConfigureAwait(false);
            var rule = UnrankedRules.Parse(context.Get(unranked), "--unranked") ?? file.DefaultUnranked;
            var plan = BallotConversion.Plan(file.Ballots, rule, format);
            foreach (var warning in plan.Warnings)
            {
                await context.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            var path = context.Get(target);
            var head = new HeadWriter(BallotConversion.DetectionBytes);
            try
            {
                if (path == "-")
                {
                    head.Inner = context.Out;
                    BallotWriter.Write(file.Ballots, format, head, plan.Unranked);
                }
                else
                {
                    await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                    head.Inner = writer;
                    var show = TerminalProgress.Shows(context.Out, json: false, new FileInfo(context.Get(input)).Length);
                    TerminalProgress.Run(show, $"writing {path}", null, _ =>
                    {
                        BallotWriter.Write(file.Ballots, format, head, plan.Unranked);
                        return true;
                    });
                }

                BallotConversion.CheckReadsBack(format, head.Bytes());
            }
            catch (ArgumentException exception)
            {
                throw new InvalidInputException(new Problem(context.Get(input), 0, "", exception.Message));
            }
            catch (InvalidInputException) when (path != "-")
            {
                File.Delete(path);
                throw;
            }

            if (path != "-")
            {
                await context.Error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"wrote {file.Ballots.TotalWeight:N0} ballots ({BallotFormatNames.NameOf(file.Format)} → {BallotFormatNames.NameOf(format)}, unranked candidates {UnrankedRules.Describe(plan.Unranked)}) to {path}")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Verify(TextWriter output, TextWriter error)
    {
        var first = new Argument<string>("A") { Description = "The first ballot file" };
        var second = new Argument<string>("B") { Description = "The second ballot file" };
        var unranked = new Option<string?>("--unranked")
        {
            Description = "How to read unranked candidates in both files: last, incomparable, or exact (rankings only); default: each file as its own format or comment says, so the files match only if they count the same",
        };
        var json = GlobalOptions.Json();
        var command = new Command("verify", "Check that two ballot files mean the same ballots for a count (exit 0 same, 1 different, 2 bad input)")
        {
            first, second, unranked, json, BallotInput.Format, BallotInput.CvrRules,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var a = await BallotInput.ReadAsync(context, context.Get(first), cancellationToken, context.Get(json)).ConfigureAwait(false);
            var b = await BallotInput.ReadAsync(context, context.Get(second), cancellationToken, context.Get(json)).ConfigureAwait(false);
            var (matchA, matchB) = ParseMatching(context.Get(unranked), a, b);
            var result = BallotComparison.Compare(a.Ballots, matchA, b.Ballots, matchB);
            var report = new VerifyReport(context.Get(first), a, context.Get(second), b, result);
            await context.Out.WriteAsync(context.Get(json) ? report.Json() : report.Text()).ConfigureAwait(false);
            return result.Equal ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }

    private static Command Stats(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("FILE") { Description = "The ballot file" };
        var json = GlobalOptions.Json();
        var command = new Command("stats", "Summarise a ballot file: ballots, valid, empty, ranks used, first preferences")
        {
            input, json, BallotInput.Format, BallotInput.CvrRules,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var file = await BallotInput.ReadAsync(context, context.Get(input), cancellationToken, context.Get(json)).ConfigureAwait(false);
            var stats = BallotStats.Of(file.Ballots);
            var text = context.Get(json) ? StatsJson(context.Get(input), file, stats) : StatsText(context.Get(input), file, stats);
            await context.Out.WriteAsync(text).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (UnrankedMatching A, UnrankedMatching B) ParseMatching(string? name, BallotFile a, BallotFile b) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" => (UnrankedRules.Matching(a.DefaultUnranked), UnrankedRules.Matching(b.DefaultUnranked)),
        "EXACT" => (UnrankedMatching.Exact, UnrankedMatching.Exact),
        "LAST" => (UnrankedMatching.Last, UnrankedMatching.Last),
        "INCOMPARABLE" => (UnrankedMatching.Incomparable, UnrankedMatching.Incomparable),
        _ => throw new InvalidInputException(new Problem("--unranked", 0, "", $"'{name}' is not last, incomparable or exact")),
    };

    private static string StatsText(string path, BallotFile file, BallotStats stats)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var box = file.Ballots;
        text.Append(culture, $"file: {path} ({BallotFormatNames.NameOf(file.Format)}, unranked = {file.DefaultUnranked.ToString().ToLowerInvariant()})\n");
        if (box.Title.Length > 0)
        {
            text.Append(culture, $"title: {box.Title}\n");
        }

        text.Append(culture, $"candidates: {box.Candidates.Count}");
        text.Append(box.DeclaredSeats is { } seats ? string.Create(culture, $", declared seats: {seats}\n") : "\n");
        if (box.Withdrawn.Count > 0)
        {
            text.Append(culture, $"withdrawn: {string.Join(", ", box.Withdrawn.Order().Select(w => box.Candidates[w]))}\n");
        }

        text.Append(culture, $"ballots: {stats.Ballots:N0} ({stats.Lines:N0} lines)\n");
        text.Append(culture, $"valid: {stats.Valid:N0}\n");
        text.Append(culture, $"empty: {stats.Empty:N0}\n");
        if (stats.OnlyWithdrawn > 0)
        {
            text.Append(culture, $"only withdrawn candidates: {stats.OnlyWithdrawn:N0}\n");
        }

        if (file.SkippedRanks > 0)
        {
            text.Append(culture, $"skipped ranks closed up: {file.SkippedRanks:N0}\n");
        }

        text.Append("ranks used:");
        for (var k = 0; k < stats.RanksUsed.Count; k++)
        {
            if (stats.RanksUsed[k] > 0)
            {
                text.Append(culture, $" {k}:{stats.RanksUsed[k]:N0}");
            }
        }

        text.Append("\nfirst preferences:\n");
        var width = box.Candidates.Count == 0 ? 0 : box.Candidates.Max(c => c.Length);
        foreach (var (name, count) in box.Candidates.Zip(stats.FirstPreferences).OrderByDescending(p => p.Second).ThenBy(p => p.First, StringComparer.Ordinal))
        {
            text.Append(culture, $"  {name.PadRight(width)}  {count,12:N0}\n");
        }

        if (stats.TiedFirst > 0)
        {
            text.Append(culture, $"  (equal first preferences: {stats.TiedFirst:N0})\n");
        }

        return text.ToString();
    }

    private static string StatsJson(string path, BallotFile file, BallotStats stats)
    {
        var box = file.Ballots;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber(JsonFormat.Field, JsonFormat.Version);
            json.WriteString("file", path);
            json.WriteString("format", BallotFormatNames.NameOf(file.Format));
            json.WriteString("unranked", file.DefaultUnranked.ToString().ToLowerInvariant());
            json.WriteString("title", box.Title);
            json.WriteNumber("candidates", box.Candidates.Count);
            if (box.DeclaredSeats is { } seats)
            {
                json.WriteNumber("declared_seats", seats);
            }

            json.WriteStartArray("withdrawn");
            foreach (var w in box.Withdrawn.Order())
            {
                json.WriteStringValue(box.Candidates[w]);
            }

            json.WriteEndArray();
            json.WriteNumber("ballots", stats.Ballots);
            json.WriteNumber("lines", stats.Lines);
            json.WriteNumber("valid", stats.Valid);
            json.WriteNumber("empty", stats.Empty);
            json.WriteNumber("only_withdrawn", stats.OnlyWithdrawn);
            json.WriteNumber("skipped_ranks", file.SkippedRanks);
            json.WriteStartArray("ranks_used");
            foreach (var count in stats.RanksUsed)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
            json.WriteStartObject("first_preferences");
            for (var i = 0; i < box.Candidates.Count; i++)
            {
                json.WriteNumber(box.Candidates[i], stats.FirstPreferences[i]);
            }

            json.WriteEndObject();
            json.WriteNumber("tied_first", stats.TiedFirst);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
