using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Snapshots;

/// <summary>
/// Builds an <see cref="ElectionSnapshot"/> from an election's texts: parses the configuration, checks
/// it against the roll (docs/configuration.md cross-checks), and validates the roll and candidate
/// files against the configured exclusions and officials (nixos-anchor §3.2: officials cannot be
/// candidates). No I/O, no clock; nothing here throws for bad input.
/// </summary>
public static class ElectionSnapshotReader
{
    private const string MisplacedMessage = $"{ElectionLayout.CandidatesFolder}/ holds only <login>.md files, one per nominee; move or delete this";

    /// <summary>Reads <paramref name="sources"/> into a snapshot with every problem found.</summary>
    public static ElectionSnapshot Read(ElectionSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var configProblems = new List<Problem>(EntryProblems(sources.Config));
        ElectionConfig? config = null;
        ElectionConfig? asRead = null;
        if (sources.Config.Kind == SourceEntryKind.Text)
        {
            var parsed = ElectionConfigParser.Parse(sources.Config.Text, ElectionLayout.ConfigPath);
            configProblems.AddRange(parsed.Problems);
            config = parsed.TryGetConfig(out var valid) ? valid : null;
            asRead = parsed.TryGetConfigAsRead(out var partial) ? partial : null;
        }

        var files = ReadFiles(sources, asRead);
        var rollUnreadable = files.Roll.Voters.Count == 0 && files.Problems.Any(problem => problem.File == ElectionLayout.RollPath);
        if (config is not null && !rollUnreadable)
        {
            configProblems.AddRange(ConfigCrossChecks.Check(config, files.Roll.Voters.Count));
        }

        return new ElectionSnapshot(config, files.Roll, files.Candidates, [.. configProblems, .. files.Problems]);
    }

    private static ElectionFilesResult ReadFiles(ElectionSources sources, ElectionConfig? asRead)
    {
        var excludedIds = asRead?.Eligibility.ExcludedAccounts.Select(account => account.Id).ToList() ?? [];
        var officials = asRead is null ? ElectionOfficials.None : ElectionOfficials.Of(asRead);
        var readProblems = new List<Problem>(EntryProblems(sources.Roll));
        var candidates = new List<SourceText>();
        foreach (var entry in sources.Candidates.OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            var name = entry.Path[(entry.Path.LastIndexOf('/') + 1)..];
            var kind = ElectionLayout.Classify(name, entry.Kind == SourceEntryKind.Listed);
            if (kind == CandidateEntryKind.Ignored)
            {
                continue;
            }

            if (kind == CandidateEntryKind.Misplaced)
            {
                readProblems.Add(new Problem(entry.Path, 0, "", MisplacedMessage));
            }
            else if (entry.Kind == SourceEntryKind.Text)
            {
                candidates.Add(new SourceText(entry.Path, entry.Text));
            }
            else
            {
                readProblems.AddRange(entry.Problems);
            }
        }

        if (sources.Roll.Kind != SourceEntryKind.Text)
        {
            return ElectionFilesValidator.WithCandidates(new VoterRoll { File = ElectionLayout.RollPath, Voters = [] }, candidates, officials, readProblems);
        }

        var excludedSource = $"{ElectionLayout.ConfigPath} eligibility.excluded_accounts";
        return ElectionFilesValidator.Validate(new SourceText(ElectionLayout.RollPath, sources.Roll.Text), candidates, excludedIds, excludedSource, officials, readProblems);
    }

    private static IReadOnlyList<Problem> EntryProblems(SourceEntry entry) => entry.Kind switch
    {
        SourceEntryKind.Unreadable => entry.Problems,
        SourceEntryKind.Listed => [new Problem(entry.Path, 0, "", "is a folder, not a file; put the file at this path")],
        _ => [],
    };
}
