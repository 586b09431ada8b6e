using System.Net;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestContents(GitHubRestContext rest) : IGitHubContents
{
    public async Task<GitHubLookup<GitHubRepository>> GetRepositoryAsync(RepositoryRef repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var (found, repo) = await rest.FindAsync(GitHubRoutes.GetRepository, [repository.Owner, repository.Name], GitHubJsonContext.Default.WireRepository, cancellationToken).ConfigureAwait(false);
        return found
            ? GitHubLookup.Of(new GitHubRepository
            {
                Id = repo!.Id,
                Ref = new RepositoryRef(repo.Owner.Login, repo.Name),
                DefaultBranch = repo.DefaultBranch,
                Private = repo.Private,
            })
            : default;
    }

    public async Task<GitHubLookup<RepositoryFile>> GetFileAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(gitRef);
        var route = GitHubRoutes.GetContent;
        var response = await rest.SendAsync(route, [repository.Owner, repository.Name, path.TrimStart('/')], [new("ref", gitRef)], null, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound || (response.IsSuccess && response.Body.Span.TrimStart((byte)' ').StartsWith("["u8)))
        {
            return default; // missing, or a directory (an array)
        }

        var content = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireContent);
        if (content.Type != "file")
        {
            return default;
        }

        if (content.Encoding != "base64" || content.Content is null)
        {
            throw new GitHubApiException(route.Method, route.Template, response.StatusCode, $"{path} is {content.Size} bytes with encoding '{content.Encoding}'; files over 1 MB are not supported", response.RequestId);
        }

        return GitHubLookup.Of(new RepositoryFile
        {
            Path = content.Path,
            Sha = content.Sha,
            Content = Convert.FromBase64String(content.Content.Replace("\n", "", StringComparison.Ordinal)),
            Size = content.Size,
        });
    }

    public async Task<GitHubLookup<string>> GetBranchHeadAsync(RepositoryRef repository, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(branch);
        var (found, reference) = await rest.FindAsync(GitHubRoutes.GetRef, [repository.Owner, repository.Name, $"heads/{branch}"], GitHubJsonContext.Default.WireGitRef, cancellationToken).ConfigureAwait(false);
        return found && reference!.Object.Sha is { Length: > 0 } sha ? GitHubLookup.Of(sha) : default;
    }

    public async Task<GitHubLookup<IReadOnlyList<RepositoryEntry>>> ListDirectoryAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(gitRef);
        var route = GitHubRoutes.GetContent;
        var response = await rest.SendAsync(route, [repository.Owner, repository.Name, path.Trim('/')], [new("ref", gitRef)], null, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound || (response.IsSuccess && !response.Body.Span.TrimStart((byte)' ').StartsWith("["u8)))
        {
            return default; // missing, or a file (an object)
        }

        var entries = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.ListWireContent);
        IReadOnlyList<RepositoryEntry> listing = [.. entries.Select(entry => new RepositoryEntry
        {
            Path = entry.Path,
            Type = entry.Type switch { "file" => RepositoryEntryType.File, "dir" => RepositoryEntryType.Directory, _ => RepositoryEntryType.Other },
            Size = entry.Size,
        })];
        return GitHubLookup.Of(listing);
    }

    public async Task<FileWriteResult> PutFileAsync(RepositoryRef repository, FileWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(write);
        var route = GitHubRoutes.PutContent;
        var body = new WireFilePut(
            write.Message,
            Convert.ToBase64String(write.Content.Span),
            write.ExpectedSha.Length == 0 ? null : write.ExpectedSha,
            write.Branch.Length == 0 ? null : write.Branch,
            write.Committer is { } c ? new WireIdentity(c.Name, c.Email) : null);
        var response = await rest.SendAsync(
            route, [repository.Owner, repository.Name, write.Path.TrimStart('/')], null, GitHubRestContext.Serialize(body, GitHubJsonContext.Default.WireFilePut), cancellationToken).ConfigureAwait(false);
        if (response.Status is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            // 409: the sha no longer matches; 422: "sha wasn't supplied" for an existing file (someone created it).
            return new FileWriteResult { Status = FileWriteStatus.Conflict };
        }

        var commit = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireFileCommit);
        return new FileWriteResult { Status = FileWriteStatus.Committed, ContentSha = commit.Content?.Sha ?? "", CommitSha = commit.Commit.Sha ?? "" };
    }
}
