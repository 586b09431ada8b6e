namespace Elections.App.Ports.GitHub;

/// <summary>An issue (or the issue side of a pull request).</summary>
public sealed record Issue
{
    /// <summary>The number.</summary>
    public required int Number { get; init; }

    /// <summary>GitHub's global node id (GraphQL's <c>ID</c>); empty when not known.</summary>
    public string NodeId { get; init; } = "";

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The body; empty when none.</summary>
    public string Body { get; init; } = "";

    /// <summary>True while open.</summary>
    public required bool IsOpen { get; init; }

    /// <summary>True when the conversation is locked.</summary>
    public bool Locked { get; init; }

    /// <summary>True when this issue is a pull request.</summary>
    public bool IsPullRequest { get; init; }

    /// <summary>The author; a ghost (id 0) when the account was deleted.</summary>
    public required GitHubUser Author { get; init; }

    /// <summary>Label names.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The web page.</summary>
    public string HtmlUrl { get; init; } = "";

    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A new issue.</summary>
public sealed record NewIssue
{
    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The body (Markdown).</summary>
    public string Body { get; init; } = "";

    /// <summary>Labels to set.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>
    /// The effect's idempotency key; when set, the body carries its <see cref="EffectMarker"/> and a lost answer is
    /// reconciled by that marker. Empty: a lost answer fails the call rather than guess.
    /// </summary>
    public string EffectKey { get; init; } = "";
}

/// <summary>Changes to an issue; null fields are left alone.</summary>
public sealed record IssueUpdate
{
    /// <summary>A new title.</summary>
    public string? Title { get; init; }

    /// <summary>A new body.</summary>
    public string? Body { get; init; }

    /// <summary>True to close, false to reopen.</summary>
    public bool? Closed { get; init; }
}

/// <summary>A comment on an issue or a pull request conversation.</summary>
public sealed record IssueComment
{
    /// <summary>The comment id.</summary>
    public required long Id { get; init; }

    /// <summary>The body (Markdown).</summary>
    public required string Body { get; init; }

    /// <summary>The author; a ghost (id 0) when the account was deleted.</summary>
    public required GitHubUser Author { get; init; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last edited.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The web link.</summary>
    public string HtmlUrl { get; init; } = "";
}

/// <summary>An event on an issue's or pull request's timeline (only the state changes are read: closed, reopened, merged).</summary>
public sealed record IssueTimelineEvent
{
    /// <summary>GitHub's event name, e.g. <c>reopened</c>.</summary>
    public required string Event { get; init; }

    /// <summary>When GitHub recorded it.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Why a conversation is locked.</summary>
public enum LockReason
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>off-topic.</summary>
    OffTopic,

    /// <summary>too heated.</summary>
    TooHeated,

    /// <summary>resolved.</summary>
    Resolved,

    /// <summary>spam.</summary>
    Spam,
}

/// <summary>Issues and comments.</summary>
public interface IGitHubIssues
{
    /// <summary>GET /repos/{owner}/{repo}/issues/{issue_number}.</summary>
    Task<GitHubLookup<Issue>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST /repos/{owner}/{repo}/issues. When the answer is lost (5xx, dropped connection) and the issue has an
    /// <see cref="NewIssue.EffectKey"/>, the client looks for a bot's issue carrying that key's <see cref="EffectMarker"/>
    /// before trying again, so no duplicate is made; without a key the error is thrown.
    /// </summary>
    Task<Issue> CreateAsync(RepositoryRef repository, NewIssue issue, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/issues?state=all, all pages, newest first; pull requests are left out.</summary>
    Task<IReadOnlyList<Issue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pins <paramref name="issue"/> to the repository's issue list. REST has no pin endpoint: this is GraphQL's
    /// <c>pinIssue(input: {issueId})</c> mutation with the issue's <see cref="Issue.NodeId"/>; pinning a pinned issue changes nothing.
    /// </summary>
    Task PinAsync(RepositoryRef repository, Issue issue, CancellationToken cancellationToken = default);

    /// <summary>PATCH /repos/{owner}/{repo}/issues/{issue_number}.</summary>
    Task<Issue> UpdateAsync(RepositoryRef repository, int number, IssueUpdate update, CancellationToken cancellationToken = default);

    /// <summary>PUT /repos/{owner}/{repo}/issues/{issue_number}/lock; idempotent.</summary>
    Task LockAsync(RepositoryRef repository, int number, LockReason reason = LockReason.None, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/issues/{issue_number}/timeline, all pages, oldest first: the closed, reopened and merged events.</summary>
    Task<IReadOnlyList<IssueTimelineEvent>> ListStateChangesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/issues/{issue_number}/comments, all pages, oldest first.</summary>
    Task<IReadOnlyList<IssueComment>> ListCommentsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST /repos/{owner}/{repo}/issues/{issue_number}/comments with <paramref name="body"/> and the
    /// <see cref="EffectMarker"/> of <paramref name="effectKey"/> (the effect's idempotency key). When the answer is
    /// lost the client looks for a bot's comment carrying that marker (never the same body) before trying again,
    /// so each effect posts exactly once and two identical replies for two effects stay two.
    /// </summary>
    Task<IssueComment> CreateCommentAsync(RepositoryRef repository, int number, string body, string effectKey, CancellationToken cancellationToken = default);

    /// <summary>PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}.</summary>
    Task<IssueComment> UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken = default);
}
