using Elections.App.Ports.GitHub;

namespace Elections.Benchmarks.Webhooks;

/// <summary>GitHub at the port, answering at once: the benchmark measures the host, not GitHub.</summary>
internal sealed class CountingGitHub : IGitHubFactory, IGitHub, IGitHubIssues
{
    private long _comments;

    public long Comments => Interlocked.Read(ref _comments);

    public IGitHub Create(GitHubCallContext context) => this;

    public IGitHubIssues Issues => this;

    public IGitHubUsers Users => throw new NotSupportedException();

    public IGitHubOrganizations Organizations => throw new NotSupportedException();

    public IGitHubTeams Teams => throw new NotSupportedException();

    public IGitHubPullRequests PullRequests => throw new NotSupportedException();

    public IGitHubLabels Labels => throw new NotSupportedException();

    public IGitHubContents Contents => throw new NotSupportedException();

    public IGitHubChecks Checks => throw new NotSupportedException();

    public IGitHubSearch Search => throw new NotSupportedException();

    public Task<IssueComment> CreateCommentAsync(RepositoryRef repository, int number, string body, string effectKey, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _comments);
        return Task.FromResult(new IssueComment { Id = id, Body = body, Author = new GitHubUser { Id = 1, Login = "elections[bot]" } });
    }

    public Task<GitHubLookup<Issue>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Issue> CreateAsync(RepositoryRef repository, NewIssue issue, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Issue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task PinAsync(RepositoryRef repository, Issue issue, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IssueTimelineEvent>> ListStateChangesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Issue> UpdateAsync(RepositoryRef repository, int number, IssueUpdate update, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task LockAsync(RepositoryRef repository, int number, LockReason reason = LockReason.None, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IssueComment>> ListCommentsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IssueComment> UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
