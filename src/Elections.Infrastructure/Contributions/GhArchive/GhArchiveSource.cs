using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;

namespace Elections.Infrastructure.Contributions.GhArchive;

/// <summary>
/// Reads a folder of GH Archive hour files (<c>*.json.gz</c>) in parallel on every core, largest files
/// first, keeping the merged pull requests the rule can count (organization and window checked per event)
/// and naming every missing, truncated or corrupt hour and every unreadable line (issue 11 item 1).
/// </summary>
public static class GhArchiveSource
{
    /// <summary>Reads every <c>*.json.gz</c> directly in <paramref name="directory"/>.</summary>
    public static ContributionHarvest Read(string directory, EligibilityRules rules, int? parallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(rules);
        var files = new DirectoryInfo(directory)
            .EnumerateFiles("*" + ArchiveHours.Suffix, SearchOption.TopDirectoryOnly)
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var problems = new List<HarvestProblem>();
        var hours = new List<DateTimeOffset>();
        foreach (var file in files)
        {
            if (ArchiveHours.TryParse(file.Name, out var hour))
            {
                hours.Add(hour);
            }
        }

        problems.AddRange(ArchiveHours.Missing(hours, rules.ContributionsFrom, rules.ContributionsUntil)
            .Select(h => new HarvestProblem(ArchiveHours.Name(h), "missing hour (no such file between the first and the last hour of the folder)")));
        var found = new List<MergedPullRequest>();
        var gate = new object();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(files, options, file =>
        {
            var (prs, fileProblems) = HourFileScan.Read(file.FullName, file.Name, pr => EligibilityRule.InScope(rules, pr));
            lock (gate)
            {
                found.AddRange(prs);
                problems.AddRange(fileProblems);
            }
        });
        return new ContributionHarvest($"GH Archive {directory}", found, problems.OrderBy(p => p.Where, StringComparer.Ordinal).ToList());
    }
}
