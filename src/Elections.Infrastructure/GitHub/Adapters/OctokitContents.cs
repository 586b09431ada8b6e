using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitContents(GitHubCalls calls) : IGitHubContents
{
    public Task<GitHubLookup<GitHubRepository>> GetRepositoryAsync(RepositoryRef repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.FindAsync(
            GitHubRoutes.GetRepository,
            c => c.Repository.Get(repository.Owner, repository.Name),
            r => new GitHubRepository { Id = r.Id, Ref = new RepositoryRef(r.Owner.Login, r.Name), DefaultBranch = r.DefaultBranch, Private = r.Private },
            cancellationToken);
    }

    public async Task<GitHubLookup<RepositoryFile>> GetFileAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(gitRef);
        var route = GitHubRoutes.GetContent;
        var wanted = path.Trim('/');
        var found = await calls.FindAsync(
            route, c => c.Repository.Content.GetAllContentsByRef(repository.Owner, repository.Name, wanted, gitRef), list => list, cancellationToken).ConfigureAwait(false);

        // A directory answers with its entries: only a single entry of type file at this very path is the file.
        if (found.Value is not [{ } content] || content.Type.StringValue != "file" || content.Path != wanted)
        {
            return default;
        }

        if (content.Encoding != "base64" || content.EncodedContent is null)
        {
            throw new GitHubApiException(route.Method, route.Template, 200, $"{path} is {content.Size} bytes with encoding '{content.Encoding}'; files over 1 MB are not supported", null);
        }

        return GitHubLookup.Of(new RepositoryFile
        {
            Path = content.Path,
            Sha = content.Sha,
            Content = Convert.FromBase64String(content.EncodedContent.Replace("\n", "", StringComparison.Ordinal)),
            Size = content.Size,
        });
    }

    /// <summary>Octokit reads refs through <c>/git/refs/</c>; the documented single-ref route is <c>/git/ref/</c>, served by its generic connection.</summary>
    public async Task<GitHubLookup<string>> GetBranchHeadAsync(RepositoryRef repository, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(branch);
        var route = GitHubRoutes.GetRef;
        var found = await calls.FindAsync(
            route, _ => calls.Api.Get<Reference>(route.RelativeUri(repository.Owner, repository.Name, $"heads/{branch}")), r => r.Object?.Sha ?? "", cancellationToken)
            .ConfigureAwait(false);
        return found.Value is { Length: > 0 } sha ? GitHubLookup.Of(sha) : default;
    }

    public async Task<GitHubLookup<IReadOnlyList<RepositoryEntry>>> ListDirectoryAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(gitRef);
        var wanted = path.Trim('/');
        var found = await calls.FindAsync(
            GitHubRoutes.GetContent, c => c.Repository.Content.GetAllContentsByRef(repository.Owner, repository.Name, wanted, gitRef), list => list, cancellationToken)
            .ConfigureAwait(false);

        // A file answers with itself alone, at this very path: not a directory.
        if (found.Value is not { } entries || entries is [{ Path: var only }] && only == wanted && entries[0].Type.StringValue != "dir")
        {
            return default;
        }

        IReadOnlyList<RepositoryEntry> listing = [.. entries.Select(entry => new RepositoryEntry
        {
            Path = entry.Path,
            Type = entry.Type.StringValue switch { "file" => RepositoryEntryType.File, "dir" => RepositoryEntryType.Directory, _ => RepositoryEntryType.Other },
            Size = entry.Size,
        })];
        return GitHubLookup.Of(listing);
    }

    public async Task<FileWriteResult> PutFileAsync(RepositoryRef repository, FileWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(write);
        var content = Convert.ToBase64String(write.Content.Span);
        var path = write.Path.TrimStart('/');
        CreateFileRequest request = write.ExpectedSha.Length == 0
            ? new CreateFileRequest(write.Message, content, convertContentToBase64: false)
            : new UpdateFileRequest(write.Message, content, write.ExpectedSha, convertContentToBase64: false);
        if (write.Branch.Length > 0)
        {
            request.Branch = write.Branch;
        }

        if (write.Committer is { } committer)
        {
            request.Committer = new Committer(committer.Name, committer.Email, calls.Time.GetUtcNow());
        }

        try
        {
            var changes = await calls.RunAsync(
                GitHubRoutes.PutContent,
                c => request is UpdateFileRequest update
                    ? c.Repository.Content.UpdateFile(repository.Owner, repository.Name, path, update)
                    : c.Repository.Content.CreateFile(repository.Owner, repository.Name, path, request),
                cancellationToken).ConfigureAwait(false);
            return new FileWriteResult { Status = FileWriteStatus.Committed, ContentSha = changes.Content?.Sha ?? "", CommitSha = changes.Commit?.Sha ?? "" };
        }
        catch (GitHubApiException ex) when (ex.StatusCode is 409 or 422)
        {
            // 409: the sha no longer matches; 422: "sha wasn't supplied" for an existing file (someone created it).
            return new FileWriteResult { Status = FileWriteStatus.Conflict };
        }
    }

    public async Task<bool> CreateBranchAsync(RepositoryRef repository, string branch, string sha, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        try
        {
            await calls.RunAsync(GitHubRoutes.CreateRef, c => c.Git.Reference.Create(repository.Owner, repository.Name, new NewReference($"refs/heads/{branch}", sha)), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GitHubApiException ex) when (ex.StatusCode == 422)
        {
            // It exists (made before, or by a first try whose answer was lost); anything else is GitHub's refusal.
            if ((await GetBranchHeadAsync(repository, branch, cancellationToken).ConfigureAwait(false)).Found)
            {
                return false;
            }

            throw;
        }
    }
}
