using System.CommandLine;
using Elections.App.Voting;
using Elections.Cli.Ballots;
using Elections.Cli.Mail;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;
using Elections.Core.Voting;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands.Voting;

/// <summary>
/// <c>elections voting import FILE [--repo DIR] [--replace]</c> (issue 13 item 4): after voting closes, checks the
/// ballots downloaded from OpaVote (BLT) or CIVS (CSV) against the lock-in record and the roll, then stores them as
/// <c>voting/ballots.EXT</c> with <c>voting/ballots.json</c> and their SHA-256 in the store. A second, different file
/// is refused (saying what differs) unless <c>--replace</c>; nothing is overwritten on a refusal.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "The ballots file the tool exported: BLT (OpaVote) or CSV (CIVS)" };
        var repo = GlobalOptions.Repo();
        var replace = new Option<bool>("--replace") { Description = "Replace an earlier import of a different file" };
        var command = new Command("import", "Check the external tool's ballots against the lock-in and store them with their SHA-256") { file, repo, replace, BallotInput.Format };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var path = context.Get(file);
            var election = VotingElection.Load(context.Get(repo));
            var config = election.Config;
            election.RequirePassed(config.Timeline.VotingCloses, "voting_closes", clock.GetUtcNow(), "ballots can be imported");
            var candidates = election.LockedCandidates();
            var ballots = await BallotInput.ReadAsync(context, path, ct).ConfigureAwait(false);
            var problems = BallotsCheck.Check(ballots, path, candidates, RollHashes.VotingAddresses(election.Snapshot.Roll).Count, (config.Name, config.Slug));
            if (problems.Count > 0)
            {
                throw new InvalidInputException(problems);
            }

            var extension = Path.GetExtension(path).ToLowerInvariant() is { Length: > 0 } ext ? ext : ballots.Format == BallotFormat.Blt ? ".blt" : ".csv";
            var record = new BallotsRecord(
                config.Slug,
                VotingFiles.BallotsFile(extension),
                BallotFormatNames.NameOf(ballots.Format),
                await FileDigest.Sha256Async(path, ct).ConfigureAwait(false),
                ballots.Ballots.TotalWeight,
                ballots.Ballots.Candidates);
            var recordPath = election.PathOf(VotingFiles.Ballots);
            if (File.Exists(recordPath) && BallotsRecord.TryParse(await File.ReadAllTextAsync(recordPath, ct).ConfigureAwait(false), out var earlier))
            {
                var differences = record.DifferencesFrom(earlier);
                if (differences.Count == 0)
                {
                    await output.WriteLineAsync($"already imported: {earlier.File} has sha256 {earlier.Sha256}; nothing changed").ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                if (!context.Get(replace))
                {
                    throw new InvalidInputException([.. differences.Select(d => new Problem(VotingFiles.Ballots, 0, "ballots", $"differs from the imported {earlier.File}: {d}")),
                        new Problem(VotingFiles.Ballots, 0, "ballots", "a different ballots file was imported before; nothing was overwritten. Pass --replace to replace it")]);
                }

                if (earlier.File != record.File && File.Exists(election.PathOf(earlier.File)))
                {
                    File.Delete(election.PathOf(earlier.File));
                }
            }

            Directory.CreateDirectory(election.PathOf("voting"));
            File.Copy(path, election.PathOf(record.File), overwrite: true);
            await File.WriteAllTextAsync(recordPath, record.Render(), ct).ConfigureAwait(false);
            await using (var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false))
            {
                await store.RecordDigestAsync(config.Slug, VotingDigests.Ballots, record.Sha256, ct).ConfigureAwait(false);
                await VotingAudit.AppendAsync(store, clock, $"ballots imported: {record.File}, {record.Ballots} ballot(s), {record.Format}", $"voting-import:{config.Slug}", $"sha256 {record.Sha256}", ct)
                    .ConfigureAwait(false);
            }

            await output.WriteLineAsync($"imported {record.Ballots} ballot(s) as {record.File} (sha256 {record.Sha256}); count them with: elections results").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
