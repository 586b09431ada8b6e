using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Presentation;
using Elections.App.Voting;
using Elections.Cli.Mail;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.Cli.Commands.Voting;

/// <summary>
/// <c>elections voting export --to opavote|civs [--repo DIR] [--out DIR]</c> (issue 13 items 1–2): after the roll
/// freeze and with a lock-in record matching the candidate files, writes what the external tool takes (voters,
/// candidates in the locked order, title, description, settings sheet) into the private folder, and publishes the
/// salted roll hashes with their SHA-256 in <c>voting/</c> and the store.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var to = new Option<string>("--to") { Description = "The external tool: opavote or civs", Required = true };
        var repo = GlobalOptions.Repo();
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Where the files for the tool go (they hold addresses: keep them private); default .elections/export-TOOL in the repository" };
        var command = new Command("export", "Write the voter list, candidate list and settings sheet for OpaVote or CIVS, and publish the salted roll hashes") { to, repo, outDir };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var tool = ParseTool(context.Get(to));
            var election = VotingElection.Load(context.Get(repo));
            var config = election.Config;
            election.RequirePassed(config.Timeline.VoterRollFreeze, "voter_roll_freeze", clock.GetUtcNow(), "the voter list can be exported");
            var candidates = election.LockedCandidates();
            var addresses = RollHashes.VotingAddresses(election.Snapshot.Roll);
            var name = tool == ExternalTool.Civs ? "civs" : "opavote";
            var folder = context.Get(outDir)?.FullName ?? election.PathOf($".elections/export-{name}");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "voters.txt"), string.Concat(addresses.Select(a => a + "\n")), ct).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "candidates.txt"), HandOffSheet.CandidateList(candidates), ct).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "title.txt"), config.Name + "\n", ct).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "description.md"), Description(config), ct).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "settings.md"), HandOffSheet.Render(config, tool, candidates, addresses.Count), ct).ConfigureAwait(false);

            var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var sha256 = await PublishHashesAsync(election, salt, addresses, name, ct).ConfigureAwait(false);
            await using (var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false))
            {
                await store.RecordExportAsync(config.Slug, addresses, sha256, ct).ConfigureAwait(false);
                await VotingAudit.AppendAsync(store, clock, $"voting export to {name}: {addresses.Count} voter address(es), {candidates.Count} candidate(s)", $"voting-export:{config.Slug}", $"roll hashes sha256 {sha256}", ct)
                    .ConfigureAwait(false);
            }

            await output.WriteAsync(
                $"wrote voters.txt ({addresses.Count} addresses), candidates.txt ({candidates.Count}), title.txt, description.md, settings.md to {folder}\n"
                + $"published {VotingFiles.RollHashes} (sha256 {sha256}) and {VotingFiles.Export}: commit them\n"
                + $"enter the values of settings.md in {(tool == ExternalTool.Civs ? "CIVS" : "OpaVote")}; later address changes: elections voting changes\n").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Writes <c>voting/roll-hashes.txt</c> and <c>voting/export.json</c>; returns the hash list's SHA-256.</summary>
    public static async Task<string> PublishHashesAsync(VotingElection election, string salt, IReadOnlyList<string> addresses, string tool, CancellationToken ct)
    {
        var config = election.Config;
        var hashes = RollHashes.Render(config.Name, salt, addresses);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashes)));
        Directory.CreateDirectory(election.PathOf("voting"));
        await File.WriteAllTextAsync(election.PathOf(VotingFiles.RollHashes), hashes, ct).ConfigureAwait(false);
        var record = new JsonObject
        {
            [JsonFormat.Field] = JsonFormat.Version,
            ["election"] = config.Slug,
            ["tool"] = tool,
            ["voters"] = addresses.Count,
            ["roll_hashes"] = VotingFiles.RollHashes,
            ["roll_hashes_sha256"] = sha256,
        };
        await File.WriteAllTextAsync(election.PathOf(VotingFiles.Export), record.ToJsonString(CliJson.Indented) + "\n", ct).ConfigureAwait(false);
        return sha256;
    }

    /// <summary>The tool named in <c>export.json</c>, for a later rewrite of the hashes.</summary>
    public static string RecordedTool(VotingElection election) =>
        File.Exists(election.PathOf(VotingFiles.Export)) && JsonNode.Parse(File.ReadAllText(election.PathOf(VotingFiles.Export)))?["tool"]?.GetValue<string>() is { } tool ? tool : "";

    private static ExternalTool ParseTool(string value) => value.Trim().ToLowerInvariant() switch
    {
        "opavote" => ExternalTool.OpaVote,
        "civs" => ExternalTool.Civs,
        _ => throw new InvalidInputException(new Problem("--to", 0, value, $"'{value}' is not a voting tool; use opavote or civs")),
    };

    private static string Description(ElectionConfig config) =>
        $"Rank the candidates of the {config.Name} in your order of preference ({config.Seats} seat(s)).\n\n"
        + $"Candidate statements: https://github.com/{config.Organization}/{config.Repository}/tree/HEAD/candidates\n\n"
        + $"Voting closes {config.Timeline.VotingCloses} ({config.Timeline.VotingCloses.FormatUtc()}).\n";
}
