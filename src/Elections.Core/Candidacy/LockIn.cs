using System.Security.Cryptography;
using System.Text;

namespace Elections.Core.Candidacy;

/// <summary>
/// The lock-in record's arithmetic (docs/candidacy.md "Lock-in record"; nixos-anchor §3.12): the candidate
/// list digest is SHA-256 over one line per candidate, ordered by login (ordinal), <c>login TAB file-sha256 LF</c>.
/// The voting step recomputes it from the candidate files and refuses a ballot whose list does not match.
/// </summary>
public static class LockIn
{
    /// <summary>The lower-case hex SHA-256 of a file's bytes.</summary>
    public static string FileDigest(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The digest of the candidate list.</summary>
    public static string ListDigest(IReadOnlyList<LockInCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var lines = string.Concat(candidates.OrderBy(c => c.Login, StringComparer.Ordinal).Select(c => $"{c.Login}\t{c.Sha256}\n"));
        return FileDigest(Encoding.UTF8.GetBytes(lines));
    }

    /// <summary>
    /// What differs between the locked-in list (<paramref name="candidates"/>, <paramref name="listDigest"/>) and the
    /// candidate files now (<paramref name="files"/>: path → bytes); empty when they match.
    /// </summary>
    public static IReadOnlyList<string> Verify(IReadOnlyList<LockInCandidate> candidates, string listDigest, IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        if (ListDigest(candidates) != listDigest)
        {
            problems.Add($"the record's sha256 {listDigest} is not the digest of its own candidate list ({ListDigest(candidates)}): the record was edited");
        }

        foreach (var candidate in candidates)
        {
            if (!files.TryGetValue(candidate.File, out var content))
            {
                problems.Add($"{candidate.File}: locked in but missing");
            }
            else if (FileDigest(content) != candidate.Sha256)
            {
                problems.Add($"{candidate.File}: changed since lock-in (sha256 {FileDigest(content)}, locked in {candidate.Sha256})");
            }
        }

        var locked = candidates.Select(c => c.File).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(files.Keys.Where(path => !locked.Contains(path)).Order(StringComparer.Ordinal).Select(path => $"{path}: not in the lock-in record"));
        return problems;
    }
}
