namespace Elections.Infrastructure.Announcements;

/// <summary>
/// Links into the election repository for templates (<c>repo_link "candidates"</c>): checked to exist when rendering
/// (nixos-anchor §4.1: the 2024 <c>p ./path</c> asserted it at build time), so an announcement never links to nothing.
/// </summary>
internal sealed class RepositoryLinks(string? electionFolder, string repositoryUrl)
{
    /// <summary>The GitHub URL of <paramref name="path"/>, or why there is none.</summary>
    public bool TryLink(string path, out string url, out string problem)
    {
        url = "";
        var parts = path.Trim('/').Split('/');
        if (path.Length == 0 || Path.IsPathRooted(path) || parts.Any(part => part is "" or "." or ".." || part.Contains('\\', StringComparison.Ordinal)))
        {
            problem = $"repo_link \"{path}\": write a plain path inside the election repository, like candidates or voters.json";
            return false;
        }

        var relative = string.Join('/', parts);
        if (electionFolder is null)
        {
            url = $"{repositoryUrl}/blob/HEAD/{relative}";
            problem = "";
            return true;
        }

        var full = Path.Combine(electionFolder, relative);
        if (File.Exists(full))
        {
            url = $"{repositoryUrl}/blob/HEAD/{relative}";
        }
        else if (Directory.Exists(full))
        {
            url = $"{repositoryUrl}/tree/HEAD/{relative}";
        }
        else
        {
            problem = $"repo_link \"{relative}\": no such file or folder in the election repository; add it or fix the path";
            return false;
        }

        problem = "";
        return true;
    }
}
