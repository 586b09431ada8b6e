using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;
using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestIssues(GitHubRestContext rest, ILogger logger) : IGitHubIssues
{
    public async Task<GitHubLookup<Issue>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var (found, issue) = await rest.FindAsync(
            GitHubRoutes.GetIssue, [repository.Owner, repository.Name, number], GitHubJsonContext.Default.WireIssue, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(issue!.ToIssue()) : default;
    }

    public Task<Issue> CreateAsync(RepositoryRef repository, NewIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(issue);
        return CreateOnce.RunAsync(
            rest,
            logger,
            GitHubRoutes.CreateIssue,
            "issue",
            async ct => (await rest.SendJsonAsync(
                GitHubRoutes.CreateIssue,
                [repository.Owner, repository.Name],
                new WireNewIssue(issue.Title, issue.Body, issue.Labels),
                GitHubJsonContext.Default.WireNewIssue,
                GitHubJsonContext.Default.WireIssue,
                ct).ConfigureAwait(false)).ToIssue(),
            async (since, ct) =>
            {
                var recent = await rest.GetAllPagesAsync(
                    GitHubRoutes.ListIssues,
                    [repository.Owner, repository.Name],
                    GitHubJsonContext.Default.ListWireIssue,
                    ct,
                    [new("state", "all"), new("sort", "created"), new("direction", "desc"), new("since", since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))]).ConfigureAwait(false);
                return recent
                    .Where(i => i.PullRequest is null && i.CreatedAt >= since && i.Title == issue.Title && (i.Body ?? "") == issue.Body)
                    .Select(i => i.ToIssue())
                    .FirstOrDefault();
            },
            cancellationToken);
    }

    public async Task<Issue> UpdateAsync(RepositoryRef repository, int number, IssueUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(update);
        var state = update.Closed switch
        {
            true => "closed",
            false => "open",
            null => null,
        };
        var issue = await rest.SendJsonAsync(
            GitHubRoutes.UpdateIssue,
            [repository.Owner, repository.Name, number],
            new WireIssueUpdate(update.Title, update.Body, state),
            GitHubJsonContext.Default.WireIssueUpdate,
            GitHubJsonContext.Default.WireIssue,
            cancellationToken).ConfigureAwait(false);
        return issue.ToIssue();
    }

    public async Task LockAsync(RepositoryRef repository, int number, LockReason reason = LockReason.None, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var wireReason = reason switch
        {
            LockReason.OffTopic => "off-topic",
            LockReason.TooHeated => "too heated",
            LockReason.Resolved => "resolved",
            LockReason.Spam => "spam",
            _ => null,
        };
        var response = await rest.SendAsync(
            GitHubRoutes.LockIssue,
            [repository.Owner, repository.Name, number],
            null,
            GitHubRestContext.Serialize(new WireLockRequest(wireReason), GitHubJsonContext.Default.WireLockRequest),
            cancellationToken).ConfigureAwait(false);
        GitHubRestContext.EnsureSuccess(GitHubRoutes.LockIssue, response);
    }

    public async Task<IReadOnlyList<IssueComment>> ListCommentsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var comments = await rest.GetAllPagesAsync(
            GitHubRoutes.ListIssueComments, [repository.Owner, repository.Name, number], GitHubJsonContext.Default.ListWireComment, cancellationToken).ConfigureAwait(false);
        return comments.Select(c => c.ToComment()).ToList();
    }

    public Task<IssueComment> CreateCommentAsync(RepositoryRef repository, int number, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(body);
        return CreateOnce.RunAsync(
            rest,
            logger,
            GitHubRoutes.CreateIssueComment,
            "comment",
            async ct => (await rest.SendJsonAsync(
                GitHubRoutes.CreateIssueComment,
                [repository.Owner, repository.Name, number],
                new WireBody(body),
                GitHubJsonContext.Default.WireBody,
                GitHubJsonContext.Default.WireComment,
                ct).ConfigureAwait(false)).ToComment(),
            async (since, ct) =>
            {
                var comments = await ListCommentsAsync(repository, number, ct).ConfigureAwait(false);
                return comments.LastOrDefault(c => c.CreatedAt >= since && c.Body == body);
            },
            cancellationToken);
    }

    public async Task<IssueComment> UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var comment = await rest.SendJsonAsync(
            GitHubRoutes.UpdateIssueComment,
            [repository.Owner, repository.Name, commentId],
            new WireBody(body),
            GitHubJsonContext.Default.WireBody,
            GitHubJsonContext.Default.WireComment,
            cancellationToken).ConfigureAwait(false);
        return comment.ToComment();
    }
}
