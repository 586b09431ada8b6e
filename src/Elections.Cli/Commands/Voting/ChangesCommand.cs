using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Elections.App.Voting;
using Elections.Cli.Mail;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.Cli.Commands.Voting;

/// <summary>
/// <c>elections voting changes [--repo DIR] [--applied]</c> (issue 13 item 3): the addresses to add to and remove from
/// the external tool so it matches the roll now, from what the last export and the applied changes gave it (kept in
/// the store). <c>--applied</c> records that the committee made them: the store, the audit log and the published
/// roll hashes follow.
/// </summary>
internal static class ChangesCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var applied = new Option<bool>("--applied") { Description = "Record that these changes were made in the tool (and republish voting/roll-hashes.txt)" };
        var json = GlobalOptions.Json();
        var command = new Command("changes", "Print the addresses to add to or remove from the external voting tool since the last export") { repo, applied, json };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = VotingElection.Load(context.Get(repo));
            var slug = election.Config.Slug;
            await using var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false);
            var tool = await store.ReadToolRollAsync(slug, ct).ConfigureAwait(false);
            if (!tool.Exported)
            {
                throw new InvalidInputException(new Problem("store", 0, "export", "no export recorded for this election: run `elections voting export --to opavote|civs` first"));
            }

            var addresses = RollHashes.VotingAddresses(election.Snapshot.Roll);
            var changes = ToolChanges.Between(tool.Addresses, addresses);
            if (context.Get(json))
            {
                await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { format_version = 1, add = changes.Add, remove = changes.Remove }, CliJson.Indented)).ConfigureAwait(false);
            }
            else
            {
                var text = string.Concat(changes.Add.Select(a => $"add {a}\n")) + string.Concat(changes.Remove.Select(a => $"remove {a}\n"));
                await output.WriteAsync(changes.IsEmpty ? "no changes: the tool holds exactly the roll's addresses\n" : text).ConfigureAwait(false);
            }

            if (context.Get(applied) && !changes.IsEmpty)
            {
                await store.ApplyAsync(slug, changes, ct).ConfigureAwait(false);
                var salt = RollHashes.TryParse(File.Exists(election.PathOf(VotingFiles.RollHashes)) ? await File.ReadAllTextAsync(election.PathOf(VotingFiles.RollHashes), ct).ConfigureAwait(false) : "", out var published, out _)
                    ? published
                    : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                var sha256 = await ExportCommand.PublishHashesAsync(election, salt, addresses, ExportCommand.RecordedTool(election), ct).ConfigureAwait(false);
                await store.RecordDigestAsync(slug, VotingDigests.RollHashes, sha256, ct).ConfigureAwait(false);
                await VotingAudit.AppendAsync(
                    store,
                    clock,
                    string.Create(CultureInfo.InvariantCulture, $"voting tool changes applied: {changes.Add.Count} added, {changes.Remove.Count} removed"),
                    $"voting-changes:{slug}",
                    $"roll hashes republished, sha256 {sha256}",
                    ct).ConfigureAwait(false);
                await error.WriteLineAsync($"recorded as applied; republished {VotingFiles.RollHashes} (sha256 {sha256}): commit it").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
