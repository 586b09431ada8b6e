using System.CommandLine;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Core.Voters.Generation;
using Elections.App.Voters;
using Elections.Infrastructure.Contributions;
using Elections.Infrastructure.Contributions.GhArchive;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// <c>elections voters generate [--repo DIR] [--github | --gharchive DIR] [--allow-gaps] [--out FILE] [--print-bigquery]</c>:
/// computes the eligible voters under <c>eligibility</c> (issue 11 items 1–3; docs/voter-roll-generation.md).
/// Exit 0 when written; 2 for bad input or holes in the data without <c>--allow-gaps</c> (nothing written).
/// </summary>
internal static class GenerateCommand
{
    private const string Name = "elections voters generate";

    public static Command Build(TextWriter output, TextWriter error)
    {
        var repo = GlobalOptions.Repo();
        var github = new Option<bool>("--github") { Description = "Read merged pull requests from the GitHub API (the default; GH_TOKEN, ELECTIONS_GITHUB_API_URL)" };
        var gharchive = new Option<DirectoryInfo?>("--gharchive") { Description = "Read GH Archive hour files (YYYY-MM-DD-H.json.gz) from this folder instead" };
        var allowGaps = new Option<bool>("--allow-gaps") { Description = "Write the roll even when hours are missing, truncated or corrupt; the gaps are listed in the snapshot" };
        var outFile = new Option<FileInfo?>("--out") { Description = "The roll to write (default: voters.json in the repository); an existing roll is merged, not overwritten" };
        var bigQuery = new Option<bool>("--print-bigquery") { Description = "Print the rule as BigQuery SQL over githubarchive.day.* and exit" };
        var command = new Command("generate", "Compute the voter roll from contributions (GitHub API or GH Archive), merge it into the existing roll and show the differences");
        command.Options.Add(repo);
        command.Options.Add(github);
        command.Options.Add(gharchive);
        command.Options.Add(allowGaps);
        command.Options.Add(outFile);
        command.Options.Add(bigQuery);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var config = LoadConfig(folder);
            if (context.Get(bigQuery))
            {
                await context.Out.WriteAsync(BigQueryRule.Sql(config.Eligibility).AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var archive = context.Parse.GetValue(gharchive);
            if (archive is not null && context.Get(github))
            {
                throw new InvalidInputException(new Problem(Name, 0, "--github", "choose one source: --github (the API) or --gharchive DIR, not both"));
            }

            var target = context.Parse.GetValue(outFile)?.FullName ?? Path.Combine(folder, "voters.json");
            var harvest = archive is not null
                ? ReadArchive(archive, config.Eligibility, cancellationToken)
                : await GitHubContributions.ReadAsync(config.Eligibility, folder, context.Error, cancellationToken).ConfigureAwait(false);
            return await WriteAsync(context, folder, config, harvest, target, context.Get(allowGaps), cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static ElectionConfig LoadConfig(string folder)
    {
        var loaded = ElectionFolder.Load(folder);
        return loaded.TryGetConfig(out var config)
            ? config
            : throw new InvalidInputException(loaded.Problems.Where(p => !p.File.EndsWith("voters.json", StringComparison.Ordinal)).DefaultIfEmpty(loaded.Problems[0]).ToList());
    }

    private static ContributionHarvest ReadArchive(DirectoryInfo archive, EligibilityRules rules, CancellationToken cancellationToken)
    {
        if (!archive.Exists || !archive.EnumerateFiles("*" + ArchiveHours.Suffix).Any())
        {
            throw new InvalidInputException(new Problem(archive.ToString(), 0, "--gharchive", $"no GH Archive hour files (*{ArchiveHours.Suffix}) in this folder; download them from https://data.gharchive.org/"));
        }

        return GhArchiveSource.Read(archive.FullName, rules, cancellationToken: cancellationToken);
    }

    private static async Task<int> WriteAsync(CommandContext context, string folder, ElectionConfig config, ContributionHarvest harvest, string target, bool allowGaps, CancellationToken cancellationToken)
    {
        foreach (var problem in harvest.Problems)
        {
            await context.Error.WriteLineAsync($"{(allowGaps ? "gap" : "error")}: {problem}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (harvest.Problems.Count > 0 && !allowGaps)
        {
            await context.Error.WriteLineAsync(
                $"{harvest.Problems.Count} hole(s) in the contribution data; nothing written. Fetch the named hours again, or pass --allow-gaps to write the roll and list the gaps in the snapshot".AsMemory(),
                cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var existing = ReadExisting(target);
        var outcome = EligibilityRule.Apply(config.Eligibility, harvest.PullRequests);
        var sources = config.Eligibility.EmailSources;
        var fromGitHub = GitHubEmailSources.AreUsed(sources)
            ? await GitHubContributions.ReadEmailsAsync(sources, RollRegeneration.NeedingAddress(existing, outcome.Eligible), cancellationToken).ConfigureAwait(false)
            : null;
        var candidates = EmailSourceFiles.Load(folder, sources, fromGitHub);
        var roll = RollRegeneration.Regenerate(existing, outcome.Eligible, candidates, config.Eligibility.EmailSources.Suppressed);
        var snapshot = ContributionSnapshot.Write(harvest.Problems, outcome.Counted);
        var snapshotPath = SnapshotFiles.SnapshotPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(snapshotPath, snapshot, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(snapshotPath + ".sha256", ContributionSnapshot.ChecksumLine(snapshot, Path.GetFileName(snapshotPath)), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(target, VoterRollWriter.Write(roll.Voters), cancellationToken).ConfigureAwait(false);

        var o = context.Out;
        await o.WriteLineAsync($"read {harvest.Source}: {outcome.Counted.Count} merged pull request(s) count; {outcome.Contributors.Count} contributor(s), {outcome.Eligible.Count()} eligible, {outcome.Left.Count} bot or excluded account(s) left out".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var change in roll.Changes)
        {
            await o.WriteLineAsync(change.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var counts = roll.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        await o.WriteLineAsync(
            ($"{Path.GetFileName(target)}: {roll.Voters.Count} voter(s); {counts.GetValueOrDefault(RollDiffKind.Added)} added, {counts.GetValueOrDefault(RollDiffKind.Removed)} removed, {counts.GetValueOrDefault(RollDiffKind.Changed)} changed. " +
            $"Snapshot {Path.GetFileName(snapshotPath)} (sha256 {ContributionSnapshot.Sha256(snapshot)}){(harvest.Problems.Count > 0 ? $" lists {harvest.Problems.Count} gap(s)" : "")}. Review with `git diff`.").AsMemory(),
            cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<Voter> ReadExisting(string target)
    {
        if (!File.Exists(target))
        {
            return [];
        }

        var display = Path.GetFileName(target);
        var parsed = VoterRollParser.Parse(display, InputFile.ReadText(target, display, Core.Snapshots.ElectionLayout.MaxRollBytes));
        return parsed.Problems.Count == 0
            ? parsed.Roll.Voters
            : throw new InvalidInputException([.. parsed.Problems, new Problem(display, 0, "", "the existing roll must be readable so its exceptions, waivers and e-mail choices are kept; fix it or pass another --out")]);
    }
}
