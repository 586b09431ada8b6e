using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Infrastructure.ElectionFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Infrastructure.Tests.ElectionFiles;

public sealed class FolderElectionFilesTests : IDisposable
{
    private static readonly RepositoryRef Repo = new("nixos", "election");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-folder-");

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_folder.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private Task<ElectionRead> ReadAsync() => new FolderElectionFiles(_folder.FullName).ReadAsync(Repo, GitHubCallContext.None);

    [Fact]
    public async Task ReadAsync_NoConfig_NotAnElection()
    {
        Write("voters.json", "{}");

        Assert.False((await ReadAsync()).IsElection);
    }

    [Fact]
    public async Task ReadAsync_Election_TextsAndARevisionThatFollowsTheFiles()
    {
        Write(ElectionLayout.ConfigPath, "seats: 1\n");
        Write("candidates/amara.md", "");
        var first = await ReadAsync();
        var again = await ReadAsync();
        Write("candidates/bruno.md", "");

        var changed = await ReadAsync();

        Assert.True(first.TryGetSources(out var sources));
        Assert.Equal("seats: 1\n", sources.Config.Text);
        Assert.Equal(SourceEntryKind.Unreadable, sources.Roll.Kind);
        Assert.Equal(first.Revision, again.Revision);
        Assert.NotEqual(first.Revision, changed.Revision);
    }

    [Fact]
    public void AddElectionFiles_WithRepositoryDirectory_TheFolder()
    {
        var services = new ServiceCollection().AddElectionFiles(_folder.FullName);

        var files = Assert.IsType<FolderElectionFiles>(Assert.Single(services, d => d.ServiceType == typeof(IElectionFiles)).ImplementationInstance);
        Assert.Equal(_folder.FullName, files.Folder);
    }

    [Fact]
    public void AddElectionFiles_WithoutRepositoryDirectory_GitHubAtTheDefaultBranch()
    {
        var services = new ServiceCollection().AddElectionFiles(null);

        Assert.Equal(typeof(GitHubElectionFiles), Assert.Single(services, d => d.ServiceType == typeof(IElectionFiles)).ImplementationType);
        Assert.Contains(services, d => d.ServiceType == typeof(ElectionFilesCache));
    }
}
