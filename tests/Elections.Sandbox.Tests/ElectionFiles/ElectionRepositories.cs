using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;

namespace Elections.Sandbox.Tests.ElectionFiles;

/// <summary>
/// Seeds one installation's repositories in a Sandbox: the repository's sample election, a website
/// without <c>config/election.yml</c>, and an election whose config is broken.
/// </summary>
internal static class ElectionRepositories
{
    public static readonly RepositoryRef Valid = new(SandboxWorld.Org, "sc-election-2026");

    public static readonly RepositoryRef NoConfig = new(SandboxWorld.Org, "website");

    public static readonly RepositoryRef Broken = new(SandboxWorld.Org, "sc-election-broken");

    private static readonly Lazy<Dictionary<string, string>> Sample = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Elections.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ElectionLayout.ConfigPath] = File.ReadAllText(Path.Combine(root.FullName, ElectionLayout.ConfigPath)),
            [ElectionLayout.RollPath] = File.ReadAllText(Path.Combine(root.FullName, ElectionLayout.RollPath)),
        };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root.FullName, ElectionLayout.CandidatesFolder)))
        {
            files[ElectionLayout.CandidatePath(Path.GetFileName(path))] = File.ReadAllText(path);
        }

        return files;
    });

    /// <summary>The sample election's files, path → text.</summary>
    public static IReadOnlyDictionary<string, string> SampleFiles => Sample.Value;

    public static void Seed(SandboxServer server)
    {
        var state = server.State;
        state.AddRepository(Valid.Owner, Valid.Name, SampleFiles);
        state.AddRepository(NoConfig.Owner, NoConfig.Name, new Dictionary<string, string> { ["index.md"] = "# Hello\n" });
        var broken = new Dictionary<string, string>(SampleFiles, StringComparer.Ordinal)
        {
            [ElectionLayout.ConfigPath] = SampleFiles[ElectionLayout.ConfigPath].Replace("seats: 7", "seats: 0", StringComparison.Ordinal),
        };
        state.AddRepository(Broken.Owner, Broken.Name, broken);
    }
}
