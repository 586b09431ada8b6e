using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Tests.Support;
using Elections.Infrastructure.ElectionFiles;

namespace Elections.Sandbox.Tests.ElectionFiles;

public sealed class GitHubElectionFilesTests : IAsyncLifetime
{
    private static readonly GitHubCallContext Installation = new() { InstallationId = 1, DeliveryId = "delivery-1" };

    private SandboxWorld _world = null!;
    private GitHubElectionFiles _files = null!;

    public async Task InitializeAsync()
    {
        _world = await SandboxWorld.StartAsync();
        ElectionRepositories.Seed(_world.Server);
        _files = new GitHubElectionFiles(_world.Factory, new ElectionFilesCache());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private int ConfigReads(RepositoryRef repository) =>
        _world.Server.Requests.Count(r => r.Method == "GET" && r.Path == $"/repos/{repository.FullName}/contents/{ElectionLayout.ConfigPath}");

    [Fact]
    public async Task ReadAsync_ValidElection_TextsOfTheDefaultBranchHeadValidSnapshot()
    {
        var read = await _files.ReadAsync(ElectionRepositories.Valid, Installation);

        Assert.True(read.TryGetSources(out var sources));
        Assert.Equal((await _world.GitHub.Contents.GetBranchHeadAsync(ElectionRepositories.Valid, "main")).Value, read.Revision);
        Assert.Equal(SampleElection.Files[ElectionLayout.ConfigPath], sources.Config.Text);
        var snapshot = ElectionSnapshotReader.Read(sources);
        Assert.Empty(snapshot.Problems.Select(p => p.ToString()));
        Assert.Equal(SampleElection.Files.Count - 2, snapshot.Candidates.Count);
    }

    [Fact]
    public async Task ReadAsync_RepositoryWithoutConfig_NotAnElection()
    {
        var read = await _files.ReadAsync(ElectionRepositories.NoConfig, Installation);

        Assert.False(read.IsElection);
        Assert.False(read.TryGetSources(out _));
    }

    [Fact]
    public async Task ReadAsync_BrokenConfig_SnapshotNamesTheConfigLine()
    {
        var read = await _files.ReadAsync(ElectionRepositories.Broken, Installation);

        Assert.True(read.TryGetSources(out var sources));
        var problem = Assert.Single(ElectionSnapshotReader.Read(sources).Problems);
        Assert.Equal((ElectionLayout.ConfigPath, "seats"), (problem.File, problem.Field));
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public async Task ReadAsync_SameCommitTwice_FilesReadOnce()
    {
        var first = await _files.ReadAsync(ElectionRepositories.Valid, Installation);
        var second = await _files.ReadAsync(ElectionRepositories.Valid, Installation);

        Assert.Same(first, second);
        Assert.Equal(1, ConfigReads(ElectionRepositories.Valid));
    }

    [Fact]
    public async Task ReadAsync_NewCommitOnDefaultBranch_ReadAgainAtTheNewSha()
    {
        var before = await _files.ReadAsync(ElectionRepositories.Valid, Installation);
        var sha = _world.Server.State.Push(
            ElectionRepositories.Valid.Owner, ElectionRepositories.Valid.Name, "main", "alice", "Nominate zoe", new Dictionary<string, string?> { ["candidates/zoe.md"] = "" });

        var after = await _files.ReadAsync(ElectionRepositories.Valid, Installation);

        Assert.Equal(sha, after.Revision);
        Assert.NotEqual(before.Revision, after.Revision);
        Assert.Equal(2, ConfigReads(ElectionRepositories.Valid));
        Assert.True(after.TryGetSources(out var sources));
        Assert.Contains(sources.Candidates, entry => entry.Path == "candidates/zoe.md" && entry.Kind == SourceEntryKind.Text);
    }

    [Fact]
    public async Task ReadAsync_PushToAnotherBranch_DefaultBranchStillServedFromCache()
    {
        var before = await _files.ReadAsync(ElectionRepositories.Valid, Installation);
        _world.Server.State.Push(
            ElectionRepositories.Valid.Owner, ElectionRepositories.Valid.Name, "nominate-mallory", "alice", "Nominate", new Dictionary<string, string?> { ["candidates/mallory.md"] = "" });

        var after = await _files.ReadAsync(ElectionRepositories.Valid, Installation);

        Assert.Same(before, after);
        Assert.Equal(1, ConfigReads(ElectionRepositories.Valid));
    }

    [Fact]
    public async Task ReadAsync_MisplacedAndBinaryCandidateEntries_ListedAndUnreadable()
    {
        _world.Server.State.Push(
            ElectionRepositories.Valid.Owner, ElectionRepositories.Valid.Name, "main", "alice", "Junk", new Dictionary<string, string?>
            {
                ["candidates/notes.txt"] = "hello",
                ["candidates/old/amara.md"] = "",
                ["candidates/bin.md"] = "\0ELF",
            });

        var read = await _files.ReadAsync(ElectionRepositories.Valid, Installation);

        Assert.True(read.TryGetSources(out var sources));
        var problems = ElectionSnapshotReader.Read(sources).Problems;
        Assert.Equal(["candidates/bin.md", "candidates/notes.txt", "candidates/old"], problems.Select(p => p.File));
        Assert.Contains("binary", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownRepository_NotAnElection()
    {
        var read = await _files.ReadAsync(new RepositoryRef(SandboxWorld.Org, "missing"), Installation);

        Assert.False(read.IsElection);
    }
}
