using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;
using Octokit;
using Issue = Elections.App.Ports.GitHub.Issue;
using IssueComment = Elections.App.Ports.GitHub.IssueComment;
using IssueUpdate = Elections.App.Ports.GitHub.IssueUpdate;
using LockReason = Elections.App.Ports.GitHub.LockReason;
using NewIssue = Elections.App.Ports.GitHub.NewIssue;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitIssues(GitHubCalls calls) : IGitHubIssues
{
    /// <summary>How far back a found resource may be dated and still count as ours (clock skew).</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public Task<GitHubLookup<Issue>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.FindAsync(GitHubRoutes.GetIssue, c => c.Issue.Get(repository.Owner, repository.Name, number), i => i.ToIssue(), cancellationToken);
    }

    /// <summary>The lost-answer lookup lists issues through the generic call: Octokit's typed request also sends filter, which this route does not define.</summary>
    public Task<Issue> CreateAsync(RepositoryRef repository, NewIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(issue);
        var request = new Octokit.NewIssue(issue.Title) { Body = issue.EffectKey.Length == 0 ? issue.Body : EffectMarker.Append(issue.Body, issue.EffectKey) };
        foreach (var label in issue.Labels)
        {
            request.Labels.Add(label);
        }

        var route = GitHubRoutes.CreateIssue;
        Task<Issue> Create(CancellationToken ct) =>
            calls.RunAsync(route, async c => (await c.Issue.Create(repository.Owner, repository.Name, request).ConfigureAwait(false)).ToIssue(), ct);
        if (issue.EffectKey.Length == 0)
        {
            return Create(cancellationToken);
        }

        var since = calls.Time.GetUtcNow() - Skew;
        return CreateOnce.RunAsync(
            calls,
            route,
            "issue",
            Create,
            async ct => (await ListSinceAsync(repository, since, ct).ConfigureAwait(false))
                .FirstOrDefault(i => i.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(i.Body, issue.EffectKey)),
            cancellationToken);
    }

    public Task<IReadOnlyList<Issue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return ListSinceAsync(repository, since: null, cancellationToken);
    }

    public async Task PinAsync(RepositoryRef repository, Issue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.NodeId.Length == 0)
        {
            throw new ArgumentException($"issue #{issue.Number} was read without its node id; pinning needs it", nameof(issue));
        }

        var answer = await GraphQlPoster.PostAsync(
            calls,
            new PinIssueRequest(PinIssueMutation, new PinIssueVariables(issue.NodeId)),
            GitHubGraphQlJsonContext.Default.PinIssueRequest,
            GitHubGraphQlJsonContext.Default.PinIssueResponse,
            cancellationToken).ConfigureAwait(false);
        if (answer.Data?.PinIssue?.Issue?.Number != issue.Number)
        {
            var route = GitHubRoutes.GraphQl;
            throw new GitHubApiException(route.Method, route.Template, 200, $"pinIssue answered without issue #{issue.Number}", requestId: null);
        }
    }

    /// <summary>The pinIssue mutation (GitHub's GraphQL schema: <c>pinIssue(input: PinIssueInput!): PinIssuePayload</c>).</summary>
    internal const string PinIssueMutation = "mutation PinIssue($issueId: ID!) { pinIssue(input: {issueId: $issueId}) { issue { number } } }";

    public Task<Issue> UpdateAsync(RepositoryRef repository, int number, IssueUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(update);
        var request = new Octokit.IssueUpdate
        {
            Title = update.Title,
            Body = update.Body,
            State = update.Closed switch
            {
                true => ItemState.Closed,
                false => ItemState.Open,
                null => null,
            },
        };
        return calls.RunAsync(GitHubRoutes.UpdateIssue, async c => (await c.Issue.Update(repository.Owner, repository.Name, number, request).ConfigureAwait(false)).ToIssue(), cancellationToken);
    }

    public Task LockAsync(RepositoryRef repository, int number, LockReason reason = LockReason.None, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Octokit.LockReason? octokitReason = reason switch
        {
            LockReason.OffTopic => Octokit.LockReason.OffTopic,
            LockReason.TooHeated => Octokit.LockReason.TooHeated,
            LockReason.Resolved => Octokit.LockReason.Resolved,
            LockReason.Spam => Octokit.LockReason.Spam,
            _ => null,
        };
        return calls.RunAsync(GitHubRoutes.LockIssue, c => c.Issue.LockUnlock.Lock(repository.Owner, repository.Name, number, octokitReason), cancellationToken);
    }

    public async Task<IReadOnlyList<IssueTimelineEvent>> ListStateChangesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var route = GitHubRoutes.ListIssueTimeline;
        var events = await calls.RunAsync(
            route, _ => calls.Api.GetAll<TimelineEventInfo>(route.RelativeUri(repository.Owner, repository.Name, number), GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return [.. events
            .Where(e => e.Event.StringValue is "closed" or "reopened" or "merged")
            .Select(e => new IssueTimelineEvent { Event = e.Event.StringValue, CreatedAt = e.CreatedAt })];
    }

    public async Task<IReadOnlyList<IssueComment>> ListCommentsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        // Octokit's GetAllForIssue also sends sort and direction, which this route does not define; the generic call sends only what the spec lists.
        var route = GitHubRoutes.ListIssueComments;
        var comments = await calls.RunAsync(
            route, _ => calls.Api.GetAll<Octokit.IssueComment>(route.RelativeUri(repository.Owner, repository.Name, number), GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return comments.Select(c => c.ToComment()).ToList();
    }

    public Task<IssueComment> CreateCommentAsync(RepositoryRef repository, int number, string body, string effectKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(effectKey);
        var marked = EffectMarker.Append(body, effectKey);
        var route = GitHubRoutes.CreateIssueComment;
        return CreateOnce.RunAsync(
            calls,
            route,
            "comment",
            ct => calls.RunAsync(route, async c => (await c.Issue.Comment.Create(repository.Owner, repository.Name, number, marked).ConfigureAwait(false)).ToComment(), ct),
            async ct =>
            {
                var comments = await ListCommentsAsync(repository, number, ct).ConfigureAwait(false);
                return comments.LastOrDefault(c => c.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(c.Body, effectKey));
            },
            cancellationToken);
    }

    /// <summary>Issues (not pull requests) newest first, all pages; the generic call sends only the parameters the route defines.</summary>
    private async Task<IReadOnlyList<Issue>> ListSinceAsync(RepositoryRef repository, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var route = GitHubRoutes.ListIssues;
        var query = new Dictionary<string, string>
        {
            ["state"] = "all",
            ["sort"] = "created",
            ["direction"] = "desc",
        };
        if (since is { } from)
        {
            query["since"] = from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        var issues = await calls.RunAsync(
            route, _ => calls.Api.GetAll<Octokit.Issue>(route.RelativeUri(repository.Owner, repository.Name), query, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return [.. issues.Select(i => i.ToIssue()).Where(i => !i.IsPullRequest)];
    }

    public Task<IssueComment> UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAsync(
            GitHubRoutes.UpdateIssueComment, async c => (await c.Issue.Comment.Update(repository.Owner, repository.Name, commentId, body).ConfigureAwait(false)).ToComment(), cancellationToken);
    }
}
