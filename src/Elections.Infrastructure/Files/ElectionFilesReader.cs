using Elections.Core.Candidates;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Reads <c>voters.json</c> and <c>candidates/*.md</c> from an election repository folder and
/// validates them with <see cref="ElectionFilesValidator"/>. Unreadable files (missing, oversized,
/// binary, not UTF-8, links, pipes and devices: see <see cref="InputFile"/>) become problems naming the file; nothing here throws for bad input.
/// </summary>
public static class ElectionFilesReader
{
    /// <summary>The roll's path inside the repository.</summary>
    public const string RollPath = "voters.json";

    /// <summary>The candidate folder inside the repository.</summary>
    public const string CandidatesFolder = "candidates";

    /// <summary>The size limit for <c>voters.json</c> (a million-voter roll stays well below it).</summary>
    public const long MaxRollBytes = 16 * 1024 * 1024;

    /// <summary>The size limit for one candidate file.</summary>
    public const long MaxCandidateBytes = 1024 * 1024;

    /// <summary>
    /// Reads and validates the roll and every candidate file under <paramref name="repository"/>.
    /// <paramref name="excludedIds"/>, <paramref name="excludedSource"/> and <paramref name="officials"/>
    /// come from the election config.
    /// </summary>
    public static ElectionFilesResult Read(string repository, IReadOnlyCollection<long> excludedIds, string excludedSource, ElectionOfficials officials)
    {
        var readProblems = new List<Problem>();
        var roll = TryRead(repository, RollPath, MaxRollBytes, allowBlank: false, readProblems);
        var candidates = ReadCandidates(repository, readProblems);
        if (roll is null)
        {
            return ElectionFilesValidator.WithCandidates(new VoterRoll { File = RollPath, Voters = [] }, candidates, officials, readProblems);
        }

        return ElectionFilesValidator.Validate(new SourceText(RollPath, roll), candidates, excludedIds, excludedSource, officials, readProblems);
    }

    private static List<SourceText> ReadCandidates(string repository, List<Problem> problems)
    {
        var folder = Path.Combine(repository, CandidatesFolder);
        var candidates = new List<SourceText>();
        try
        {
            if (!RepositoryPath.IsFolder(repository, CandidatesFolder))
            {
                return candidates;
            }
        }
        catch (InvalidInputException exception)
        {
            problems.AddRange(exception.Problems);
            return candidates;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var display = $"{CandidatesFolder}/{name}";
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(path) || !name.EndsWith(".md", StringComparison.Ordinal))
            {
                problems.Add(new Problem(display, 0, "", $"{CandidatesFolder}/ holds only <login>.md files, one per nominee; move or delete this"));
                continue;
            }

            if (TryRead(repository, display, MaxCandidateBytes, allowBlank: true, problems) is { } text)
            {
                candidates.Add(new SourceText(display, text));
            }
        }

        return candidates;
    }

    private static string? TryRead(string repository, string relativePath, long maxBytes, bool allowBlank, List<Problem> problems)
    {
        try
        {
            var bytes = InputFile.ReadRepositoryBytes(repository, relativePath, maxBytes, "create it (see docs/voters.md) or pass the right --repo folder");
            return allowBlank && IsBlank(bytes) ? "" : InputFile.Decode(bytes, relativePath);
        }
        catch (InvalidInputException exception)
        {
            problems.AddRange(exception.Problems);
            return null;
        }
    }

    /// <summary>True for an empty or whitespace-only file: a fresh nomination.</summary>
    private static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
}
