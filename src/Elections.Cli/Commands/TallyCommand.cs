using System.CommandLine;
using Elections.App.Presentation.Tally;
using Elections.Cli.Ballots;
using Elections.Cli.Settings;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections tally FILE --method M</c>: counts a ballot file with one of the documented methods
/// (docs/counting.md), applies conflict-of-interest caps, and prints the winners and the count
/// round by round as text, JSON or a self-contained HTML report.
/// </summary>
internal static class TallyCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "The ballot file (BLT, CIVS, Debian tally sheet, cast-vote records as CSV or .xlsx)" };
        var method = new Option<string>("--method", "-m")
        {
            Description = $"Counting method: {string.Join(", ", TallyMethods.Names)}",
            Required = true,
        };
        var seats = new Option<int?>("--seats") { Description = "Seats to fill (default: the file's declared seats, else 1)" };
        var quota = new Option<string?>("--quota") { Description = "STV quota: whole or fractional" };
        var unranked = new Option<string?>("--unranked")
        {
            Description = "How an unranked candidate compares: last (tied below ranked ones) or incomparable (\"No opinion\"); default: the file format's",
        };
        var withdraw = new Option<string[]>("--withdraw")
        {
            Description = "Candidates withdrawn before the count (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var conflicts = new Option<string?>("--conflicts") { Description = "Conflict groups, YAML or JSON: groups: [{name, members, max}]" };
        var json = GlobalOptions.Json();
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report to this file" };
        var strength = new Option<string?>("--strength") { Description = "Schulze link strength: winning (default) or margins" };
        var quorum = new Option<long>("--quorum") { Description = "Debian: quorum (ballots ranking an option above the default)" };
        var supermajority = new Option<int>("--supermajority")
        {
            Description = "Debian: required majority N:1 over the default option",
            DefaultValueFactory = _ => 1,
        };
        var defaultOption = new Option<string?>("--default-option") { Description = "Debian: the default option's name (default: None of the Above / Further Discussion)" };
        var longTerms = new Option<int?>("--long-terms") { Description = "Print term lengths: the first N winners in order get the long term" };

        var command = new Command("tally", "Count a ballot file and print the winners and the count round by round")
        {
            file, method, seats, quota, unranked, withdraw, conflicts, json, report, strength, quorum, supermajority, defaultOption, longTerms, BallotInput.Format, BallotInput.CvrRules,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var methodName = context.Get(method);
            if (!TallyMethods.TryGet(methodName, out var tally))
            {
                throw new InvalidInputException(new Problem("--method", 0, "", $"'{methodName}' is not a counting method; use one of: {string.Join(", ", TallyMethods.Names)}"));
            }

            var ballots = await BallotInput.ReadAsync(context, context.Get(file), cancellationToken).ConfigureAwait(false);
            MethodLimits.Check(tally, ballots.Ballots, context.Get(file));
            var options = new TallyOptions
            {
                Seats = context.Parse.GetValue(seats),
                Quota = ParseQuota(context.Parse.GetValue(quota)),
                Unranked = ParseUnranked(context.Parse.GetValue(unranked), ballots.DefaultUnranked),
                Withdrawn = context.Parse.GetValue(withdraw) ?? [],
                Strength = ParseStrength(context.Parse.GetValue(strength)),
                Quorum = context.Get(quorum),
                Supermajority = context.Get(supermajority),
                DefaultOption = context.Parse.GetValue(defaultOption),
            };
            var conflictsPath = context.Parse.GetValue(conflicts);
            var groups = conflictsPath is null ? [] : ConflictsFile.Parse(InputFile.ReadText(conflictsPath, conflictsPath), conflictsPath);
            var sources = Sources(context.Get(file), options, conflictsPath, groups);
            ConflictOutcome outcome;
            try
            {
                outcome = ConflictResolver.Resolve(tally, ballots.Ballots, options, groups);
            }
            catch (InvalidInputException exception)
            {
                throw sources.Locate(exception);
            }

            var view = new TallyView(outcome, groups, context.Parse.GetValue(longTerms), ballots.Ballots.Title);

            if (context.Get(json))
            {
                TallyJson.Write(view, context.Out);
            }
            else
            {
                TallyText.Write(view, context.Out);
            }

            var reportPath = context.Parse.GetValue(report);
            if (reportPath is not null)
            {
                var inputs = new TallyReportFile.Inputs(
                    context.Get(file), ballots, options, context.Parse.GetValue(unranked) is not null, conflictsPath, groups, context.Parse.GetValue(longTerms));
                await TallyReportFile.WriteAsync(context, reportPath, view, inputs, clock, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"wrote report {reportPath}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Where each counting setting came from: a flag, the ballot file's header, the conflicts file.</summary>
    private static SettingSources Sources(string ballotPath, TallyOptions options, string? conflictsPath, IReadOnlyList<ConflictGroup> groups)
    {
        var sources = new SettingSources()
            .Flag(SettingKeys.Method, "--method")
            .Flag(SettingKeys.Withdrawn, "--withdraw")
            .Flag(SettingKeys.DefaultOption, "--default-option");
        if (options.Seats is null)
        {
            sources.File(SettingKeys.Seats, ballotPath, 1, "seats");
        }
        else
        {
            sources.Flag(SettingKeys.Seats, "--seats");
        }

        for (var i = 0; i < groups.Count; i++)
        {
            sources.File(SettingKeys.ConflictGroup(groups[i].Name), conflictsPath ?? "", groups[i].Line, $"groups[{i}]");
        }

        return sources;
    }

    private static QuotaKind ParseQuota(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null => QuotaKind.Default,
        "WHOLE" => QuotaKind.Whole,
        "FRACTIONAL" => QuotaKind.Fractional,
        _ => throw Bad("--quota", $"'{value}' is not a quota; use whole or fractional"),
    };

    private static UnrankedPolicy ParseUnranked(string? value, UnrankedPolicy fileDefault) => value?.Trim().ToUpperInvariant() switch
    {
        null => fileDefault,
        "LAST" => UnrankedPolicy.Last,
        "INCOMPARABLE" => UnrankedPolicy.Incomparable,
        _ => throw Bad("--unranked", $"'{value}' is not an unranked rule; use last or incomparable"),
    };

    private static DefeatStrength ParseStrength(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null => DefeatStrength.Default,
        "WINNING" or "WINNING-VOTES" => DefeatStrength.WinningVotes,
        "MARGINS" or "MARGIN" => DefeatStrength.Margins,
        _ => throw Bad("--strength", $"'{value}' is not a link strength; use winning or margins"),
    };

    private static InvalidInputException Bad(string option, string message) =>
        new(new Problem(option, 0, "", message));
}
