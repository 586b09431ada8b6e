using Elections.Core.Snapshots;

namespace Elections.Tests.Support;

/// <summary>The repository's sample election (config, roll, candidate files), for tests that seed an election somewhere.</summary>
internal static class SampleElection
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Elections.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory.FullName;
    });

    private static readonly Lazy<Dictionary<string, string>> Texts = new(() =>
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ElectionLayout.ConfigPath] = File.ReadAllText(Path.Combine(RepositoryRoot, ElectionLayout.ConfigPath)),
            [ElectionLayout.RollPath] = File.ReadAllText(Path.Combine(RepositoryRoot, ElectionLayout.RollPath)),
        };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, ElectionLayout.CandidatesFolder)))
        {
            files[ElectionLayout.CandidatePath(Path.GetFileName(path))] = File.ReadAllText(path);
        }

        return files;
    });

    /// <summary>The folder holding Elections.sln and the sample election.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The sample's files, repository path → text.</summary>
    public static IReadOnlyDictionary<string, string> Files => Texts.Value;

    /// <summary>The sample's files with the config edited (the edit must change it).</summary>
    public static Dictionary<string, string> WithConfig(Func<string, string> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var files = new Dictionary<string, string>(Files, StringComparer.Ordinal);
        files[ElectionLayout.ConfigPath] = edit(files[ElectionLayout.ConfigPath]);
        return files;
    }

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }
}
