using System.CommandLine;
using Elections.App.Presentation.Tally;
using Elections.Cli.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Tally.Settings;
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
        var method = new Option<string?>("--method", "-m")
        {
            Description = $"Counting method: {string.Join(", ", TallyMethods.Names)} (default: counting.method of --election)",
        };
        var election = new Option<DirectoryInfo?>("--election")
        {
            Description = "The election repository: method, seats, quota, unranked rule, terms and conflict groups come from its config/election.yml and candidates/; flags override",
        };
        var seats = new Option<int?>("--seats") { Description = "Seats to fill (default: seats of --election, else the file's header, else 1)" };
        var quota = new Option<string?>("--quota") { Description = "Meek quota: whole or fractional" };
        var unranked = new Option<string?>("--unranked")
        {
            Description = "How an unranked candidate compares: last (tied below ranked ones) or incomparable (\"No opinion\"); default: the election's, else what the file says",
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
            file, method, election, seats, quota, unranked, withdraw, conflicts, json, report, strength, quorum, supermajority, defaultOption, longTerms, BallotInput.Format, BallotInput.CvrRules,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var path = context.Get(file);
            var rules = ElectionCount.LoadElection(context.Parse.GetValue(election));
            var ballots = await BallotInput.ReadAsync(context, path, cancellationToken, context.Get(json)).ConfigureAwait(false);
            var conflictsPath = context.Parse.GetValue(conflicts);
            var request = new CountRequest
            {
                Ballots = ballots,
                BallotPath = path,
                Election = rules,
                Method = context.Parse.GetValue(method),
                Seats = context.Parse.GetValue(seats),
                Quota = ParseQuota(context.Parse.GetValue(quota)),
                Unranked = UnrankedRules.Parse(context.Parse.GetValue(unranked), "--unranked"),
                LongTerms = context.Parse.GetValue(longTerms),
                Conflicts = conflictsPath is null ? null : (conflictsPath, ConflictsFile.Parse(InputFile.ReadText(conflictsPath, conflictsPath), conflictsPath)),
            };
            var (plan, options, view) = await ElectionCount.RunAsync(
                context,
                request,
                planned => planned with
                {
                    Withdrawn = context.Parse.GetValue(withdraw) ?? [],
                    Strength = ParseStrength(context.Parse.GetValue(strength)),
                    Quorum = context.Get(quorum),
                    Supermajority = context.Get(supermajority),
                    DefaultOption = context.Parse.GetValue(defaultOption),
                },
                context.Get(json)).ConfigureAwait(false);

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
                    context.Get(file), ballots, options, context.Parse.GetValue(unranked) is not null, conflictsPath, plan.Groups, context.Parse.GetValue(longTerms));
                await TallyReportFile.WriteAsync(context, reportPath, view, inputs, clock, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"wrote report {reportPath}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static QuotaKind? ParseQuota(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "WHOLE" => QuotaKind.Whole,
        "FRACTIONAL" => QuotaKind.Fractional,
        _ => throw Bad("--quota", $"'{value}' is not a quota; use whole or fractional"),
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
