namespace Elections.App.Ports.GitHub;

/// <summary>A pull request, with the head and base commits it was read at.</summary>
public sealed record PullRequest
{
    /// <summary>The number in its repository.</summary>
    public required int Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The description; empty when none.</summary>
    public string Body { get; init; } = "";

    /// <summary>True while open.</summary>
    public required bool IsOpen { get; init; }

    /// <summary>True once merged.</summary>
    public bool Merged { get; init; }

    /// <summary>True for drafts.</summary>
    public bool Draft { get; init; }

    /// <summary>True when conversation is locked.</summary>
    public bool Locked { get; init; }

    /// <summary>The author.</summary>
    public required GitHubUser Author { get; init; }

    /// <summary>The head commit sha (pass it to merge as the expected head).</summary>
    public required string HeadSha { get; init; }

    /// <summary>The head branch.</summary>
    public string HeadRef { get; init; } = "";

    /// <summary>owner/name of the head repository (a fork for outside contributors); empty when the fork was deleted.</summary>
    public string HeadRepository { get; init; } = "";

    /// <summary>The base commit sha.</summary>
    public required string BaseSha { get; init; }

    /// <summary>The base branch.</summary>
    public string BaseRef { get; init; } = "";

    /// <summary>Label names.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The web page.</summary>
    public string HtmlUrl { get; init; } = "";

    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was merged, if it was.</summary>
    public DateTimeOffset? MergedAt { get; init; }

    /// <summary>When it was closed, if it was.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>How a changed file changed.</summary>
public enum FileChangeKind
{
    /// <summary>New file.</summary>
    Added,

    /// <summary>Deleted file.</summary>
    Removed,

    /// <summary>Changed content.</summary>
    Modified,

    /// <summary>Moved (see <see cref="PullRequestFile.PreviousPath"/>).</summary>
    Renamed,

    /// <summary>Copied.</summary>
    Copied,

    /// <summary>Changed mode or type.</summary>
    Changed,

    /// <summary>Unchanged.</summary>
    Unchanged,
}

/// <summary>A file changed by a pull request.</summary>
public sealed record PullRequestFile
{
    /// <summary>The path after the change.</summary>
    public required string Path { get; init; }

    /// <summary>How it changed.</summary>
    public required FileChangeKind Change { get; init; }

    /// <summary>The path before a rename; empty otherwise.</summary>
    public string PreviousPath { get; init; } = "";

    /// <summary>Lines added.</summary>
    public int Additions { get; init; }

    /// <summary>Lines removed.</summary>
    public int Deletions { get; init; }

    /// <summary>The blob sha after the change; empty for removals.</summary>
    public string Sha { get; init; } = "";
}

/// <summary>The state of a review.</summary>
public enum ReviewState
{
    /// <summary>Approved.</summary>
    Approved,

    /// <summary>Changes requested.</summary>
    ChangesRequested,

    /// <summary>A comment only.</summary>
    Commented,

    /// <summary>Dismissed.</summary>
    Dismissed,

    /// <summary>Not submitted yet.</summary>
    Pending,
}

/// <summary>A review on a pull request.</summary>
public sealed record PullRequestReview
{
    /// <summary>The review id.</summary>
    public required long Id { get; init; }

    /// <summary>The reviewer; a ghost user id 0 when the account was deleted.</summary>
    public required GitHubUser Reviewer { get; init; }

    /// <summary>The state.</summary>
    public required ReviewState State { get; init; }

    /// <summary>The body; empty when none.</summary>
    public string Body { get; init; } = "";

    /// <summary>The commit reviewed.</summary>
    public string CommitId { get; init; } = "";

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }
}

/// <summary>How to merge.</summary>
public enum MergeMethod
{
    /// <summary>A merge commit.</summary>
    Merge,

    /// <summary>Squash.</summary>
    Squash,

    /// <summary>Rebase.</summary>
    Rebase,
}

/// <summary>A merge request that only succeeds if the head is still <see cref="ExpectedHeadSha"/>.</summary>
public sealed record MergeRequest
{
    /// <summary>The head sha the decision was made on; GitHub refuses (409) if the head moved.</summary>
    public required string ExpectedHeadSha { get; init; }

    /// <summary>The merge method.</summary>
    public MergeMethod Method { get; init; } = MergeMethod.Merge;

    /// <summary>The commit title; GitHub's default when empty.</summary>
    public string CommitTitle { get; init; } = "";

    /// <summary>The commit message; GitHub's default when empty.</summary>
    public string CommitMessage { get; init; } = "";
}

/// <summary>Why a merge did or did not happen.</summary>
public enum MergeStatus
{
    /// <summary>Merged now.</summary>
    Merged,

    /// <summary>Was already merged before (idempotent success).</summary>
    AlreadyMerged,

    /// <summary>The head moved since the decision (409): re-evaluate.</summary>
    HeadChanged,

    /// <summary>GitHub refuses to merge (405: conflicts, checks, closed).</summary>
    NotMergeable,
}

/// <summary>The result of a merge attempt.</summary>
public sealed record MergeResult
{
    /// <summary>What happened.</summary>
    public required MergeStatus Status { get; init; }

    /// <summary>The merge commit sha when merged.</summary>
    public string Sha { get; init; } = "";

    /// <summary>GitHub's message.</summary>
    public string Message { get; init; } = "";
}

/// <summary>Which pull requests to list.</summary>
public enum PullRequestStateFilter
{
    /// <summary>Open ones.</summary>
    Open,

    /// <summary>Closed (and merged) ones.</summary>
    Closed,

    /// <summary>All.</summary>
    All,
}

/// <summary>Pull requests, their changed files, reviews and merges.</summary>
public interface IGitHubPullRequests
{
    /// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number}.</summary>
    Task<GitHubLookup<PullRequest>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/pulls, all pages.</summary>
    Task<IReadOnlyList<PullRequest>> ListAsync(RepositoryRef repository, PullRequestStateFilter state = PullRequestStateFilter.Open, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number}/files, all pages (GitHub stops at 3000 files).</summary>
    Task<IReadOnlyList<PullRequestFile>> ListFilesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number}/commits (GitHub lists at most 250): each commit's author.</summary>
    Task<IReadOnlyList<PullRequestCommitAuthor>> ListCommitAuthorsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews, all pages, oldest first.</summary>
    Task<IReadOnlyList<PullRequestReview>> ListReviewsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge with the expected head sha.</summary>
    Task<MergeResult> MergeAsync(RepositoryRef repository, int number, MergeRequest request, CancellationToken cancellationToken = default);

    /// <summary>PATCH /repos/{owner}/{repo}/pulls/{pull_number} with state=closed; idempotent.</summary>
    Task<PullRequest> CloseAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{owner}/{repo}/pulls: opens a pull request from <paramref name="head"/> into <paramref name="baseBranch"/>.</summary>
    Task<PullRequest> CreateAsync(RepositoryRef repository, string title, string body, string head, string baseBranch, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: asks a team of the repository's organization to review (GitHub notifies its members).</summary>
    Task RequestTeamReviewAsync(RepositoryRef repository, int number, string teamSlug, CancellationToken cancellationToken = default);

    /// <summary>DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: withdraws a team's review request.</summary>
    Task RemoveTeamReviewRequestAsync(RepositoryRef repository, int number, string teamSlug, CancellationToken cancellationToken = default);
}

/// <summary>The author of one commit of a pull request: the account GitHub linked it to (0 when none) and the e-mail in the commit.</summary>
/// <param name="AccountId">The linked account's id, 0 when GitHub links the commit to no account.</param>
/// <param name="Email">The author e-mail written in the commit.</param>
public sealed record PullRequestCommitAuthor(long AccountId, string Email);
