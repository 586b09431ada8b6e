using System.CommandLine;
using Elections.App.Voting;
using Elections.Cli.Ballots;
using Elections.Cli.Commands.Voting;
using Elections.Cli.Mail;
using Elections.Core.Tally.Settings;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections results [--repo DIR] [--ballots FILE]</c> (issue 13 item 5): after <c>voting_closes</c>, counts the
/// imported ballots (or <c>--ballots</c>) with the election's own rules through the same path as
/// <c>tally --election</c> and writes <c>results/</c>: results.md, results.json, report.html, the ballots and their hash.
/// </summary>
internal static class ResultsCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var ballotsOption = new Option<string?>("--ballots") { Description = "The ballots file to count (default: the one `elections voting import` stored, voting/ballots.json)" };
        var json = GlobalOptions.Json();
        var command = new Command("results", "Count the election's ballots with its own rules and write results/ (results.md, results.json, the HTML report, the ballots and their hash)")
        {
            repo, ballotsOption, json, BallotInput.Format, BallotInput.CvrRules, ResultsWriteBackCommand.Create(output, error, clock), ResultsPublishCommand.Create(output, error, clock),
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var folder = context.Get(repo);
            var election = VotingElection.Load(folder);
            var config = election.Config;
            election.RequirePassed(config.Timeline.VotingCloses, "voting_closes", clock.GetUtcNow(), "results can be counted");
            var path = context.Parse.GetValue(ballotsOption) ?? ImportedBallots(election);
            var ballots = await BallotInput.ReadAsync(context, path, ct, json: true).ConfigureAwait(false);
            var locked = election.HasLockIn ? election.LockedCandidates() : [];
            if (election.HasLockIn)
            {
                var problems = BallotsCheck.Check(ballots, path, locked, RollHashes.VotingAddresses(election.Snapshot.Roll).Count, (config.Name, config.Slug));
                if (problems.Count > 0)
                {
                    throw new InvalidInputException(problems);
                }
            }

            var request = new CountRequest { Ballots = ballots, BallotPath = path, Election = ElectionCount.LoadElection(folder) };
            var counted = await ElectionCount.RunAsync(context, request, options => options, quiet: true).ConfigureAwait(false);
            var written = await ResultsFiles.WriteAsync(context, election, locked, counted, ballots, path, clock, ct).ConfigureAwait(false);
            await using (var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false))
            {
                await VotingAudit.AppendAsync(store, clock, $"results counted: {Path.GetFileName(written.Ballots)}, elected {string.Join(", ", ResultsFiles.ElectedLogins(election.Folder))}", $"results:{config.Slug}", $"ballots sha256 {written.Sha256}", ct)
                    .ConfigureAwait(false);
            }

            if (context.Get(json))
            {
                await output.WriteAsync(await File.ReadAllTextAsync(written.Json, ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            else
            {
                App.Presentation.Tally.TallyText.Write(counted.View, output);
                await output.WriteLineAsync($"wrote {VotingFiles.ResultsFolder}/: results.md, results.json, report.html, {Path.GetFileName(written.Ballots)} (sha256 {written.Sha256})").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The ballots file <c>voting/ballots.json</c> names; bad input when nothing was imported.</summary>
    private static string ImportedBallots(VotingElection election)
    {
        var record = election.PathOf(VotingFiles.Ballots);
        if (File.Exists(record) && BallotsRecord.TryParse(File.ReadAllText(record), out var imported) && File.Exists(election.PathOf(imported.File)))
        {
            return election.PathOf(imported.File);
        }

        throw new InvalidInputException(new Problem(VotingFiles.Ballots, 0, "ballots", "no ballots imported: run `elections voting import FILE`, or pass --ballots FILE"));
    }
}
