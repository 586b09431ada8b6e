using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Collects an election's texts from a folder (<c>--repo</c>, or <c>ELECTIONS_REPO_DIR</c> under
/// Actions) through <see cref="InputFile"/>; <see cref="ElectionSnapshotReader"/> does every check.
/// Unreadable files (missing, oversized, binary, not UTF-8) become entries naming the file; nothing
/// here throws for bad input.
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
        var directory = Path.Combine(folder, ElectionLayout.CandidatesFolder);
        if (!Directory.Exists(directory))
        {
            return candidates;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(directory))
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
        var path = Path.Combine(folder, display);
        try
        {
            return SourceEntry.OfText(display, InputFile.ReadText(path, display, maxBytes, whenMissing));
        }
        catch (InvalidInputException) when (allowBlank && IsBlank(path, maxBytes))
        {
            return SourceEntry.OfText(display, "");
        }
        catch (InvalidInputException exception)
        {
            return SourceEntry.Unreadable(display, exception.Problems);
        }
        catch (IOException exception)
        {
            return SourceEntry.Unreadable(display, [new Problem(display, 0, "", $"cannot be read: {exception.Message}")]);
        }
        catch (UnauthorizedAccessException)
        {
            return SourceEntry.Unreadable(display, [new Problem(display, 0, "", "cannot be read: permission denied")]);
        }
    }

    /// <summary>True for an empty or whitespace-only file: a fresh nomination.</summary>
    private static bool IsBlank(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        return info.Exists
            && info.Length <= maxBytes
            && ElectionLayout.IsBlank(File.ReadAllBytes(path));
    }
}
