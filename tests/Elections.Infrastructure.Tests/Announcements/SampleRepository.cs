using Elections.App.Announcements;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Tests.Announcements;

/// <summary>The sample election at the root of this repository, and its announcement model.</summary>
internal static class SampleRepository
{
    public static string Root { get; } = FindRoot();

    public static ElectionSnapshot Load(out ElectionConfig config)
    {
        var election = ElectionFolder.Load(Root);
        Assert.True(election.TryGetConfig(out var loaded), string.Join("\n", election.Problems));
        config = loaded;
        return election;
    }

    public static AnnouncementModel Model(IReadOnlyList<string>? elected = null)
    {
        var election = Load(out var config);
        return AnnouncementModels.Of(config, election.Roll, election.Candidates, elected);
    }

    /// <summary>A copy of the sample election in a fresh folder, for committee overrides and broken links.</summary>
    public static DirectoryInfo Copy()
    {
        var target = Directory.CreateTempSubdirectory("elections-announce-");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "candidates")).Append(Path.Combine(Root, "voters.json")).Append(Path.Combine(Root, "config", "election.yml")))
        {
            var relative = Path.GetRelativePath(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target.FullName, relative))!);
            File.Copy(file, Path.Combine(target.FullName, relative));
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Elections.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Elections.sln not found above the test binaries");
    }
}
