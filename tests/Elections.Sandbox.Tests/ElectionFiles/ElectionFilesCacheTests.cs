using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.ElectionFiles;

namespace Elections.Sandbox.Tests.ElectionFiles;

public sealed class ElectionFilesCacheTests
{
    private static readonly RepositoryRef Repo = new("nixos", "election");

    [Fact]
    public void Add_PastCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new ElectionFilesCache(capacity: 2);
        cache.Add(Repo, "a", ElectionRead.NotAnElection("a"));
        cache.Add(Repo, "b", ElectionRead.NotAnElection("b"));
        Assert.True(cache.TryGet(Repo, "a", out _));

        cache.Add(Repo, "c", ElectionRead.NotAnElection("c"));

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(Repo, "a", out _));
        Assert.False(cache.TryGet(Repo, "b", out _));
        Assert.True(cache.TryGet(Repo, "c", out _));
    }

    [Fact]
    public void TryGet_OwnerInOtherCase_SameEntry()
    {
        var cache = new ElectionFilesCache();
        var read = ElectionRead.NotAnElection("a");
        cache.Add(Repo, "a", read);

        Assert.True(cache.TryGet(new RepositoryRef("NixOS", "Election"), "a", out var found));
        Assert.Same(read, found);
    }
}
