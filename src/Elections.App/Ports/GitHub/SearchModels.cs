namespace Elections.App.Ports.GitHub;

/// <summary>An issue or pull request found by search.</summary>
public sealed record IssueSearchItem
{
    /// <summary>owner/name of its repository.</summary>
    public required RepositoryRef Repository { get; init; }

    /// <summary>The number.</summary>
    public required int Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>True while open.</summary>
    public required bool IsOpen { get; init; }

    /// <summary>True for pull requests.</summary>
    public bool IsPullRequest { get; init; }

    /// <summary>The author.</summary>
    public required GitHubUser Author { get; init; }

    /// <summary>Label names.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];
}

/// <summary>The search results, with GitHub's total and whether it gave up early.</summary>
public sealed record IssueSearchResult
{
    /// <summary>How many GitHub says match (it returns at most 1000).</summary>
    public required int TotalCount { get; init; }

    /// <summary>True when GitHub timed out and the results may be incomplete.</summary>
    public bool Incomplete { get; init; }

    /// <summary>The items read (all pages, up to the 1000 GitHub serves).</summary>
    public required IReadOnlyList<IssueSearchItem> Items { get; init; }
}

/// <summary>Which merged pull requests count as contributions (rule: created and merged within the window).</summary>
public sealed record ContributionQuery
{
    /// <summary>Organizations whose repositories count.</summary>
    public required IReadOnlyList<string> Organizations { get; init; }

    /// <summary>Window start (inclusive).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Window end (exclusive).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>
    /// True: the window applies to the merge time only (issue 11 rule); false: created and merged in the
    /// window (the NixOS 2025 rule).
    /// </summary>
    public bool MergedInWindowOnly { get; init; }

    /// <summary>A folder where finished slices of the window are kept, so an interrupted run resumes; empty for none.</summary>
    public string CacheDirectory { get; init; } = "";

    /// <summary>Told the fraction of the window read so far (0 to 1).</summary>
    public IProgress<double>? Progress { get; init; }
}

/// <summary>An account as GraphQL reports it; <see cref="Id"/> is 0 for bots, mannequins and deleted accounts (no databaseId).</summary>
public sealed record ContributionActor
{
    /// <summary>The numeric id (databaseId), 0 when GitHub gives none.</summary>
    public required long Id { get; init; }

    /// <summary>The login.</summary>
    public required string Login { get; init; }

    /// <summary>True for bots.</summary>
    public bool IsBot { get; init; }
}

/// <summary>One merged pull request: the contribution record.</summary>
public sealed record MergedPullRequest
{
    /// <summary>Its repository.</summary>
    public required RepositoryRef Repository { get; init; }

    /// <summary>Its number.</summary>
    public required int Number { get; init; }

    /// <summary>The author; Login "ghost" when the account was deleted.</summary>
    public required ContributionActor Author { get; init; }

    /// <summary>Who merged it.</summary>
    public required ContributionActor MergedBy { get; init; }

    /// <summary>Commits in the pull request (commits.totalCount).</summary>
    public required int Commits { get; init; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was merged.</summary>
    public required DateTimeOffset MergedAt { get; init; }
}

/// <summary>Issue search and contribution data.</summary>
public interface IGitHubSearch
{
    /// <summary>GET /search/issues?q=, all pages (at most 1000 items, GitHub's limit).</summary>
    Task<IssueSearchResult> SearchIssuesAsync(string query, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST /graphql: every pull request created and merged in the window in the organizations'
    /// repositories. The window is split into slices so no search exceeds GitHub's 1000-result cap.
    /// </summary>
    Task<IReadOnlyList<MergedPullRequest>> ListMergedPullRequestsAsync(ContributionQuery query, CancellationToken cancellationToken = default);
}
