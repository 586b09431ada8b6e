namespace Elections.Infrastructure.Files;

/// <summary>
/// Resolves a path inside an election repository so that reading it cannot leave the repository:
/// the relative path has no <c>..</c>, <c>.</c>, empty or rooted part, and no part of it on disk is a
/// symbolic link (a link could point at <c>/etc/passwd</c> or <c>/dev/zero</c>; Git keeps links, so a
/// pull request can add one).
/// </summary>
internal static class RepositoryPath
{
    /// <summary>The full path of <paramref name="relativePath"/>, after checking every part of it.</summary>
    public static string Resolve(string repository, string relativePath, string whenMissing)
    {
        var parts = relativePath.Split('/');
        if (Path.IsPathRooted(relativePath) || parts.Any(part => part is "" or "." or ".." || part.Contains('\\', StringComparison.Ordinal)))
        {
            throw InputFile.Refuse(relativePath, "is not a plain path inside the repository (no '..', '.', '\\' or leading '/')");
        }

        var path = repository;
        for (var index = 0; index < parts.Length; index++)
        {
            path = Path.Combine(path, parts[index]);
            var shown = string.Join('/', parts[..(index + 1)]);
            var kind = FileKinds.Of(path, followLinks: false);
            if (index == parts.Length - 1)
            {
                InputFile.RequireRegular(kind, relativePath, whenMissing);
            }
            else if (kind == FileKind.SymbolicLink)
            {
                throw InputFile.Refuse(relativePath, $"the folder {shown}/ is a symbolic link; election files are read only inside the repository: replace the link by the folder itself");
            }
            else if (kind == FileKind.Missing)
            {
                InputFile.RequireRegular(kind, relativePath, whenMissing);
            }
            else if (kind != FileKind.Directory)
            {
                throw InputFile.Refuse(relativePath, $"{shown} is not a folder; move it away so the path names a file inside the repository");
            }
        }

        return path;
    }

    /// <summary>Throws when the folder <paramref name="relativeFolder"/> is a symbolic link; false when it does not exist.</summary>
    public static bool IsFolder(string repository, string relativeFolder)
    {
        var kind = FileKinds.Of(Path.Combine(repository, relativeFolder), followLinks: false);
        if (kind == FileKind.SymbolicLink)
        {
            throw InputFile.Refuse($"{relativeFolder}/", "is a symbolic link; election files are read only inside the repository: replace the link by the folder itself");
        }

        return kind == FileKind.Directory;
    }
}
