using Elections.Core.Snapshots;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// What a pull request does to <c>candidates/</c> (docs/candidacy.md "Which pull requests"): a nomination adds
/// a candidate file, a withdrawal only deletes one, a form update only changes existing ones.
/// </summary>
public static class NominationFileRule
{
    /// <summary>True when <paramref name="files"/> add at least one candidate file: the pull request is treated as a nomination.</summary>
    public static bool IsNomination(IReadOnlyList<ChangedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Any(file => file.Change is FileChange.Added or FileChange.Renamed && TryGetLogin(file.Path, out _));
    }

    /// <summary>True when every change deletes a candidate file (a candidate withdrawing, nixos-anchor §3.4).</summary>
    public static bool IsWithdrawal(IReadOnlyList<ChangedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count > 0 && files.All(file => file.Change == FileChange.Removed && TryGetLogin(file.Path, out _));
    }

    /// <summary>The login a path <c>candidates/&lt;login&gt;.md</c> names (directly in the folder); false for any other path.</summary>
    public static bool TryGetLogin(string path, out string login)
    {
        ArgumentNullException.ThrowIfNull(path);
        login = "";
        var prefix = ElectionLayout.CandidatesFolder + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal))
        {
            return false;
        }

        var name = path[prefix.Length..^3];
        if (name.Contains('/', StringComparison.Ordinal) || !GitHubLogin.IsWellFormed(name))
        {
            return false;
        }

        login = name;
        return true;
    }

    /// <summary>
    /// The nominee's login when the pull request adds exactly one new candidate file and changes nothing else;
    /// otherwise a problem describing what it changes and the fix.
    /// </summary>
    public static bool TryGetNominee(IReadOnlyList<ChangedFile> files, out string login, out PullRequestProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(files);
        var added = files.Where(file => file.Change == FileChange.Added && TryGetLogin(file.Path, out _)).ToList();
        var others = files.Except(added).ToList();
        login = added.Count > 0 && TryGetLogin(added[0].Path, out var first) ? first : "";
        problem = null;
        if (added.Count == 1 && others.Count == 0)
        {
            return true;
        }

        const string Fix = "A nomination pull request adds exactly one new, empty file `candidates/<login>.md` named after the nominee and changes nothing else; open a separate pull request for anything else.";
        var reason = added.Count switch
        {
            0 => "This pull request adds no new candidate file `candidates/<login>.md`.",
            > 1 => $"This pull request adds {added.Count} candidate files ({string.Join(", ", added.Select(f => $"`{f.Path}`"))}); one nomination per pull request.",
            _ => $"Besides `{added[0].Path}`, this pull request also changes {string.Join(", ", others.Take(5).Select(Describe))}{(others.Count > 5 ? $" and {others.Count - 5} more" : "")}.",
        };
        problem = new PullRequestProblem(reason, Fix);
        return false;
    }

    private static string Describe(ChangedFile file) => file.Change switch
    {
        FileChange.Added => $"`{file.Path}` (added)",
        FileChange.Removed => $"`{file.Path}` (deleted)",
        FileChange.Renamed => $"`{file.PreviousPath}` → `{file.Path}` (renamed)",
        _ => $"`{file.Path}` (modified)",
    };
}
