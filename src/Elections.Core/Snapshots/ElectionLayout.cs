namespace Elections.Core.Snapshots;

/// <summary>
/// Where an election lives in its repository and how large each file may be (docs/configuration.md,
/// docs/voters.md, docs/candidates.md): <c>config/election.yml</c>, <c>voters.json</c> and one
/// <c>candidates/&lt;login&gt;.md</c> per nominee, all read from the default branch.
/// </summary>
public static class ElectionLayout
{
    /// <summary>The configuration's path inside the repository; a repository without it is not an election.</summary>
    public const string ConfigPath = "config/election.yml";

    /// <summary>The roll's path inside the repository.</summary>
    public const string RollPath = "voters.json";

    /// <summary>The candidate folder inside the repository.</summary>
    public const string CandidatesFolder = "candidates";

    /// <summary>The committee's announcement templates inside the repository (one folder per announcement, shared parts in <c>_</c> folders).</summary>
    public const string AnnouncementTemplatesFolder = "templates/announcements";

    /// <summary>The configuration file's size limit.</summary>
    public const long MaxConfigBytes = 1024 * 1024;

    /// <summary>The size limit for <c>voters.json</c> (a million-voter roll stays well below it).</summary>
    public const long MaxRollBytes = 16 * 1024 * 1024;

    /// <summary>The size limit for one candidate file.</summary>
    public const long MaxCandidateBytes = 1024 * 1024;

    /// <summary>What an entry of <c>candidates/</c> is, from its name and whether it is a folder.</summary>
    public static CandidateEntryKind Classify(string name, bool isFolder)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith('.'))
        {
            return CandidateEntryKind.Ignored;
        }

        return isFolder || !name.EndsWith(".md", StringComparison.Ordinal) ? CandidateEntryKind.Misplaced : CandidateEntryKind.CandidateFile;
    }

    /// <summary>
    /// True for an empty or whitespace-only candidate file: a fresh nomination (docs/candidates.md),
    /// read as an empty text rather than refused as an empty file.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The path of <paramref name="name"/> inside <c>candidates/</c>, as problems name it.</summary>
    public static string CandidatePath(string name) => $"{CandidatesFolder}/{name}";
}

/// <summary>What an entry of <c>candidates/</c> is (docs/candidates.md: one <c>&lt;login&gt;.md</c> per nominee).</summary>
public enum CandidateEntryKind
{
    /// <summary>A <c>&lt;login&gt;.md</c> file: read it.</summary>
    CandidateFile,

    /// <summary>A dot file such as <c>.gitkeep</c>: skipped silently.</summary>
    Ignored,

    /// <summary>A folder or a file of another kind: a problem, since the folder holds only nominee files.</summary>
    Misplaced,
}
