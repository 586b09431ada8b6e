namespace Elections.App.Ports.GitHub;

/// <summary>A repository.</summary>
public sealed record GitHubRepository
{
    /// <summary>The numeric id.</summary>
    public required long Id { get; init; }

    /// <summary>Owner and name.</summary>
    public required RepositoryRef Ref { get; init; }

    /// <summary>The default branch (configuration is read from here, never from a PR head).</summary>
    public required string DefaultBranch { get; init; }

    /// <summary>True when private.</summary>
    public bool Private { get; init; }
}

/// <summary>A text file read at a ref.</summary>
public sealed record RepositoryFile
{
    /// <summary>The path in the repository.</summary>
    public required string Path { get; init; }

    /// <summary>The blob sha (pass it back when updating the file).</summary>
    public required string Sha { get; init; }

    /// <summary>The decoded bytes.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; init; }
}

/// <summary>What a directory entry is.</summary>
public enum RepositoryEntryType
{
    /// <summary>A file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symlink or a submodule.</summary>
    Other,
}

/// <summary>One entry of a directory listed at a ref.</summary>
public sealed record RepositoryEntry
{
    /// <summary>The path in the repository.</summary>
    public required string Path { get; init; }

    /// <summary>What the entry is.</summary>
    public required RepositoryEntryType Type { get; init; }

    /// <summary>The size in bytes (0 for directories).</summary>
    public long Size { get; init; }
}

/// <summary>The author/committer identity of a commit made through the API.</summary>
public sealed record CommitIdentity(string Name, string Email);

/// <summary>Create or update one file with one commit.</summary>
public sealed record FileWrite
{
    /// <summary>The path.</summary>
    public required string Path { get; init; }

    /// <summary>The new content.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The commit message.</summary>
    public required string Message { get; init; }

    /// <summary>The branch; the default branch when empty.</summary>
    public string Branch { get; init; } = "";

    /// <summary>The blob sha being replaced (optimistic concurrency); empty to create a new file.</summary>
    public string ExpectedSha { get; init; } = "";

    /// <summary>Committer; the App's bot identity when null.</summary>
    public CommitIdentity? Committer { get; init; }
}

/// <summary>Whether a file write committed.</summary>
public enum FileWriteStatus
{
    /// <summary>Committed.</summary>
    Committed,

    /// <summary>The file changed since it was read (409, or 422 for a missing sha): read it again and retry.</summary>
    Conflict,
}

/// <summary>The result of a file write.</summary>
public sealed record FileWriteResult
{
    /// <summary>What happened.</summary>
    public required FileWriteStatus Status { get; init; }

    /// <summary>The new blob sha when committed.</summary>
    public string ContentSha { get; init; } = "";

    /// <summary>The new commit sha when committed.</summary>
    public string CommitSha { get; init; } = "";
}

/// <summary>Repositories and their files.</summary>
public interface IGitHubContents
{
    /// <summary>GET /repos/{owner}/{repo}.</summary>
    Task<GitHubLookup<GitHubRepository>> GetRepositoryAsync(RepositoryRef repository, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/contents/{path}?ref=: a file at a ref (branch, tag or sha); NotFound for directories and missing paths.</summary>
    Task<GitHubLookup<RepositoryFile>> GetFileAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/git/ref/heads/{branch}: the commit sha at the branch's head; NotFound for a missing branch.</summary>
    Task<GitHubLookup<string>> GetBranchHeadAsync(RepositoryRef repository, string branch, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/contents/{path}?ref=: a directory's entries at a ref; NotFound for files and missing paths.</summary>
    Task<GitHubLookup<IReadOnlyList<RepositoryEntry>>> ListDirectoryAsync(RepositoryRef repository, string path, string gitRef, CancellationToken cancellationToken = default);

    /// <summary>PUT /repos/{owner}/{repo}/contents/{path}: one commit.</summary>
    Task<FileWriteResult> PutFileAsync(RepositoryRef repository, FileWrite write, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{owner}/{repo}/git/refs: a new branch at <paramref name="sha"/>; false when the branch exists already (422).</summary>
    Task<bool> CreateBranchAsync(RepositoryRef repository, string branch, string sha, CancellationToken cancellationToken = default);
}
