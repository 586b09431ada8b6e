using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Collects an election's texts from a folder (<c>--repo</c>, or <c>ELECTIONS_REPO_DIR</c> under
/// Actions) through <see cref="InputFile"/>, confined to the folder; <see cref="ElectionSnapshotReader"/>
/// does every check. Unreadable files (missing, oversized, binary, not UTF-8, links, pipes and devices)
/// become entries naming the file; nothing here throws for bad input.
/// </summary>
public static class ElectionFolder
{
    private const string WhenConfigMissing = "create it (see docs/configuration.md) or pass the right --repo folder";
    private const string WhenRollMissing = "create it (see docs/voters.md) or pass the right --repo folder";

    /// <summary>Reads and checks the election in <paramref name="folder"/>.</summary>
    public static ElectionSnapshot Load(string folder) => ElectionSnapshotReader.Read(Read(folder));

    /// <summary>True when <paramref name="folder"/> holds <c>config/election.yml</c>.</summary>
    public static bool HoldsElection(string folder) => File.Exists(Path.Combine(folder, ElectionLayout.ConfigPath));

    /// <summary>Collects the texts of the election in <paramref name="folder"/>.</summary>
    public static ElectionSources Read(string folder) => new()
    {
        Config = ReadEntry(folder, ElectionLayout.ConfigPath, ElectionLayout.MaxConfigBytes, allowBlank: false, WhenConfigMissing),
        Roll = ReadEntry(folder, ElectionLayout.RollPath, ElectionLayout.MaxRollBytes, allowBlank: false, WhenRollMissing),
        Candidates = ReadCandidates(folder),
    };

    private static List<SourceEntry> ReadCandidates(string folder)
    {
        var candidates = new List<SourceEntry>();
        try
        {
            if (!RepositoryPath.IsFolder(folder, ElectionLayout.CandidatesFolder))
            {
                return candidates;
            }
        }
        catch (InvalidInputException exception)
        {
            candidates.Add(SourceEntry.Unreadable($"{ElectionLayout.CandidatesFolder}/", exception.Problems));
            return candidates;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(Path.Combine(folder, ElectionLayout.CandidatesFolder)))
        {
            var name = Path.GetFileName(path);
            var display = ElectionLayout.CandidatePath(name);
            var kind = ElectionLayout.Classify(name, Directory.Exists(path));
            if (kind == CandidateEntryKind.CandidateFile)
            {
                candidates.Add(ReadEntry(folder, display, ElectionLayout.MaxCandidateBytes, allowBlank: true, WhenRollMissing));
            }
            else if (kind == CandidateEntryKind.Misplaced)
            {
                candidates.Add(SourceEntry.Listed(display));
            }
        }

        return candidates;
    }

    private static SourceEntry ReadEntry(string folder, string display, long maxBytes, bool allowBlank, string whenMissing)
    {
        try
        {
            var bytes = InputFile.ReadRepositoryBytes(folder, display, maxBytes, whenMissing);
            return SourceEntry.OfText(display, allowBlank && ElectionLayout.IsBlank(bytes) ? "" : InputFile.Decode(bytes, display));
        }
        catch (InvalidInputException exception)
        {
            return SourceEntry.Unreadable(display, exception.Problems);
        }
    }
}
