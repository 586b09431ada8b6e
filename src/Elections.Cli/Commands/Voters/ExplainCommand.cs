using System.CommandLine;
using System.Globalization;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters.Generation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// <c>elections voters explain LOGIN|ID [--repo DIR] [--snapshot FILE]</c>: why someone is or is not eligible,
/// with the pull requests that count, from the snapshot <c>elections voters generate</c> wrote (issue 11 item 1).
/// Exit 0 when explained; 2 when the snapshot is missing, altered (SHA-256 mismatch) or unreadable.
/// </summary>
internal static class ExplainCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var person = new Argument<string>("LOGIN|ID") { Description = "A GitHub login (any login seen in the snapshot) or numeric id" };
        var repo = GlobalOptions.Repo();
        var snapshotOption = new Option<FileInfo?>("--snapshot") { Description = "The contribution snapshot (default: voters.contributions.jsonl in the repository)" };
        var command = new Command("explain", "Explain why a person is or is not eligible, with the pull requests that count");
        command.Arguments.Add(person);
        command.Options.Add(repo);
        command.Options.Add(snapshotOption);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var loaded = ElectionFolder.Load(folder);
            if (!loaded.TryGetConfig(out var config))
            {
                throw new InvalidInputException(loaded.Problems);
            }

            var path = context.Parse.GetValue(snapshotOption)?.FullName ?? SnapshotFiles.SnapshotPath(Path.Combine(folder, ElectionLayout.RollPath));
            var harvest = ReadVerified(path);
            var text = Explain(config.Eligibility, harvest, context.Get(person).TrimStart('@'), loaded.Roll);
            await context.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ContributionHarvest ReadVerified(string path)
    {
        var name = Path.GetFileName(path);
        var text = InputFile.ReadText(path, name, 1L << 31, "run `elections voters generate` first, or pass --snapshot FILE");
        var checksum = path + ".sha256";
        if (File.Exists(checksum))
        {
            var expected = File.ReadAllText(checksum).Split(' ', 2)[0].Trim();
            if (!string.Equals(expected, ContributionSnapshot.Sha256(text), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidInputException(new Problem(name, 0, "", $"its SHA-256 does not match {Path.GetFileName(checksum)}: the snapshot was changed after it was generated; regenerate it"));
            }
        }

        var (harvest, problems) = ContributionSnapshot.Read(name, text);
        return problems.Count == 0 ? harvest : throw new InvalidInputException(problems);
    }

    private static string Explain(EligibilityRules rules, ContributionHarvest harvest, string who, Core.Voters.VoterRoll roll)
    {
        var outcome = EligibilityRule.Apply(rules, harvest.PullRequests);
        var id = FindId(outcome, harvest, who);
        var lines = new List<string>();
        if (id is null)
        {
            lines.Add($"@{who}: not eligible by contributions: no pull request that counts names this login or id.");
        }
        else if (outcome.Left.TryGetValue(id.Value, out var reason))
        {
            lines.Add($"id {id}: never eligible: {reason}.");
        }
        else
        {
            var c = outcome.Contributors.First(x => x.Id == id.Value);
            lines.Add($"@{c.Login} ({c.Id}): {(c.Eligible ? "eligible" : "not eligible")}: {c.Commits} commit(s) in {c.Authored.Count} merged pull request(s) " +
                $"(needs {Need(rules.MinCommitsInMergedPullRequests)}), {c.Merges} merge(s) performed (needs {Need(rules.MinMergesPerformed)}).");
            Section(lines, "authored", c.Authored, pr => $"{pr.Commits} commit(s)");
            Section(lines, "merged", c.Merged, pr => $"by @{pr.Author?.Login ?? "ghost"}");
        }

        var onRoll = id is { } known && roll.TryFindById(known, out var voter) ? voter : roll.TryFindByLogin(who, out var byLogin) ? byLogin : null;
        if (onRoll is not null && onRoll.Source.Kind == Core.Voters.VoterSourceKind.Exception)
        {
            lines.Add($"On the roll as an exception approved by the committee: {onRoll.Source.Reason}");
        }

        lines.Add($"Rule: merged in [{rules.ContributionsFrom:O}, {rules.ContributionsUntil:O}) in {string.Join(", ", rules.Organizations)}; data: {harvest.Source}{(harvest.Problems.Count > 0 ? $" with {harvest.Problems.Count} gap(s)" : "")}.");
        return string.Join('\n', lines) + "\n";
    }

    private static string Need(int minimum) => minimum > 0 ? minimum.ToString(CultureInfo.InvariantCulture) : "off";

    private static void Section(List<string> lines, string title, IReadOnlyList<MergedPullRequest> prs, Func<MergedPullRequest, string> detail)
    {
        if (prs.Count == 0)
        {
            return;
        }

        lines.Add($"{title}:");
        lines.AddRange(prs.Select(pr => $"  {pr.MergedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z {pr.Repository}#{pr.Number} {detail(pr)}"));
    }

    private static long? FindId(EligibilityOutcome outcome, ContributionHarvest harvest, string who)
    {
        if (long.TryParse(who, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && (outcome.Left.ContainsKey(id) || outcome.Contributors.Any(c => c.Id == id)))
        {
            return id;
        }

        var actors = harvest.PullRequests.SelectMany(pr => new[] { pr.Author, pr.MergedBy }).OfType<ContributionActor>();
        return actors.Where(a => string.Equals(a.Login, who, StringComparison.OrdinalIgnoreCase)).Select(a => (long?)a.Id).FirstOrDefault();
    }
}
