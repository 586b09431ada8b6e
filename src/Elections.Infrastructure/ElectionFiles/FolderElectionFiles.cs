using System.Security.Cryptography;
using System.Text;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.ElectionFiles;

/// <summary>
/// Reads the election from a checked-out folder (<c>ELECTIONS_REPO_DIR</c> under Actions: the
/// workflow checks out the default branch). The revision is a digest of the files read, so a changed
/// election counts as a new revision.
/// </summary>
public sealed class FolderElectionFiles(string folder) : IElectionFiles
{
    /// <summary>The folder read.</summary>
    public string Folder { get; } = folder;

    /// <inheritdoc />
    public Task<ElectionRead> ReadAsync(RepositoryRef repository, GitHubCallContext context, CancellationToken cancellationToken = default)
    {
        if (!ElectionFolder.HoldsElection(Folder))
        {
            return Task.FromResult(ElectionRead.NotAnElection(""));
        }

        var sources = ElectionFolder.Read(Folder);
        var texts = new[] { sources.Config, sources.Roll }.Concat(sources.Candidates).Select(entry => $"{entry.Path}\n{entry.Kind}\n{entry.Text}\n");
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts)));
        return Task.FromResult(ElectionRead.Of(Convert.ToHexStringLower(digest)[..40], sources));
    }
}
