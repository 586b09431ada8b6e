using System.Collections.Concurrent;
using Elections.App.Ports.GitHub;

namespace Elections.Webhooks.Tests.Support;

/// <summary>
/// A GitHub double at the port: records the comments the bot posts and can refuse calls to inject
/// faults. Only issue comments are supported; any other call fails the test loudly.
/// </summary>
internal sealed class RecordingGitHub : IGitHubFactory, IGitHub, IGitHubIssues
{
    private readonly ConcurrentQueue<(RepositoryRef Repository, int Number, string Body)> _comments = new();
    private int _failuresLeft;
    private long _nextId = 1000;

    public IReadOnlyList<(RepositoryRef Repository, int Number, string Body)> Comments => [.. _comments];

    /// <summary>The next <paramref name="count"/> calls answer like a GitHub outage (502).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Fails roughly one call in <paramref name="every"/>, forever.</summary>
    public int FailEvery { get; set; }

    public IGitHub Create(GitHubCallContext context) => this;

    public IGitHubIssues Issues => this;

    public IGitHubUsers Users => throw Unexpected();

    public IGitHubOrganizations Organizations => throw Unexpected();

    public IGitHubTeams Teams => throw Unexpected();

    public IGitHubPullRequests PullRequests => throw Unexpected();

    public IGitHubLabels Labels => throw Unexpected();

    public IGitHubContents Contents => throw Unexpected();

    public IGitHubChecks Checks => throw Unexpected();

    public IGitHubSearch Search => throw Unexpected();

    /// <summary>Runs before each call, e.g. to cut the store while a delivery is in flight.</summary>
    public Func<Task>? BeforeCall { get; set; }

    public async Task<IssueComment> CreateCommentAsync(RepositoryRef repository, int number, string body, string effectKey, CancellationToken cancellationToken = default)
    {
        if (BeforeCall is { } before)
        {
            await before();
        }

        var id = Interlocked.Increment(ref _nextId);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0 || (FailEvery > 0 && id % FailEvery == 0))
        {
            throw new GitHubApiException("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", 502, "Bad Gateway", null);
        }

        _comments.Enqueue((repository, number, body));
        return new IssueComment { Id = id, Body = body, Author = new GitHubUser { Id = 1, Login = "elections[bot]" } };
    }

    public Task<GitHubLookup<Issue>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<Issue> CreateAsync(RepositoryRef repository, NewIssue issue, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<Issue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<IssueTimelineEvent>> ListStateChangesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task PinAsync(RepositoryRef repository, Issue issue, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<Issue> UpdateAsync(RepositoryRef repository, int number, IssueUpdate update, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task LockAsync(RepositoryRef repository, int number, LockReason reason = LockReason.None, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<IssueComment>> ListCommentsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IssueComment> UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken = default) => throw Unexpected();

    private static NotSupportedException Unexpected() => new("the test did not expect this GitHub call");
}
