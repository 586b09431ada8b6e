using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.ElectionFiles;

/// <summary>
/// Reads an election from its repository on GitHub at the default branch's head commit (DESIGN
/// principle 4: never a pull request's head), through the App's <see cref="IGitHub"/> port. A commit's
/// files are read once (<see cref="ElectionFilesCache"/>); each delivery costs two small reads (the
/// repository and its branch head) to learn the current commit.
/// </summary>
public sealed class GitHubElectionFiles(IGitHubFactory gitHub, ElectionFilesCache cache) : IElectionFiles
{
    /// <inheritdoc />
    public async Task<ElectionRead> ReadAsync(RepositoryRef repository, GitHubCallContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var contents = gitHub.Create(context).Contents;
        var found = await contents.GetRepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(out var repo))
        {
            return ElectionRead.NotAnElection("");
        }

        var head = await contents.GetBranchHeadAsync(repository, repo.DefaultBranch, cancellationToken).ConfigureAwait(false);
        if (!head.TryGetValue(out var sha))
        {
            return ElectionRead.NotAnElection(""); // an empty repository: no commit yet
        }

        if (cache.TryGet(repository, sha, out var cached))
        {
            return cached;
        }

        var read = await ReadAtAsync(contents, repository, sha, cancellationToken).ConfigureAwait(false);
        cache.Add(repository, sha, read);
        return read;
    }

    private static async Task<ElectionRead> ReadAtAsync(IGitHubContents contents, RepositoryRef repository, string sha, CancellationToken cancellationToken)
    {
        var reader = new CommitReader(contents, repository, sha);
        var (isElection, config) = await reader.ReadAsync(ElectionLayout.ConfigPath, ElectionLayout.MaxConfigBytes, allowBlank: false, "", cancellationToken).ConfigureAwait(false);
        if (!isElection)
        {
            return ElectionRead.NotAnElection(sha);
        }

        var (_, roll) = await reader.ReadAsync(ElectionLayout.RollPath, ElectionLayout.MaxRollBytes, allowBlank: false, "create it (see docs/voters.md) on the default branch", cancellationToken).ConfigureAwait(false);
        var candidates = new List<SourceEntry>();
        var listing = await contents.ListDirectoryAsync(repository, ElectionLayout.CandidatesFolder, sha, cancellationToken).ConfigureAwait(false);
        foreach (var entry in listing.Value ?? [])
        {
            var name = entry.Path[(entry.Path.LastIndexOf('/') + 1)..];
            var path = ElectionLayout.CandidatePath(name);
            switch (ElectionLayout.Classify(name, entry.Type != RepositoryEntryType.File))
            {
                case CandidateEntryKind.CandidateFile:
                    candidates.Add((await reader.ReadAsync(path, ElectionLayout.MaxCandidateBytes, allowBlank: true, "it was listed but is gone; check the default branch", cancellationToken).ConfigureAwait(false)).Entry);
                    break;
                case CandidateEntryKind.Misplaced:
                    candidates.Add(SourceEntry.Listed(path));
                    break;
                default:
                    break;
            }
        }

        return ElectionRead.Of(sha, new ElectionSources { Config = config, Roll = roll, Candidates = candidates });
    }

    /// <summary>Reads files of one commit, decoding each with <see cref="InputFile.Decode"/>.</summary>
    private sealed class CommitReader(IGitHubContents contents, RepositoryRef repository, string sha)
    {
        /// <summary>The entry for <paramref name="path"/>; Found is false when the commit has no such file (the entry then says so, with <paramref name="whenMissing"/>).</summary>
        public async Task<(bool Found, SourceEntry Entry)> ReadAsync(string path, long maxBytes, bool allowBlank, string whenMissing, CancellationToken cancellationToken)
        {
            RepositoryFile file;
            try
            {
                var found = await contents.GetFileAsync(repository, path, sha, cancellationToken).ConfigureAwait(false);
                if (!found.TryGetValue(out var value))
                {
                    return (false, SourceEntry.Unreadable(path, [new Problem(path, 0, "", $"file not found; {whenMissing}")]));
                }

                file = value;
            }
            catch (GitHubApiException exception) when (exception.StatusCode == 200)
            {
                // The contents API answers files over 1 MB without their content.
                return (true, SourceEntry.Unreadable(path, [new Problem(path, 0, "", $"cannot be read from GitHub: {exception.Message}")]));
            }

            var size = Math.Max(file.Size, file.Content.Length);
            if (size > maxBytes)
            {
                return (true, SourceEntry.Unreadable(path, [new Problem(path, 0, "", $"file is {size:N0} bytes, over the {maxBytes:N0}-byte limit for this kind of file; is it the right file?")]));
            }

            if (allowBlank && ElectionLayout.IsBlank(file.Content.Span))
            {
                return (true, SourceEntry.OfText(path, ""));
            }

            try
            {
                return (true, SourceEntry.OfText(path, InputFile.Decode(file.Content.ToArray(), path)));
            }
            catch (InvalidInputException exception)
            {
                return (true, SourceEntry.Unreadable(path, exception.Problems));
            }
        }
    }
}
