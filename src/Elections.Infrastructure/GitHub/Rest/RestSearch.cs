using System.Globalization;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestSearch(GitHubRestContext rest) : IGitHubSearch
{
    /// <summary>GitHub serves at most this many results for one search.</summary>
    public const int SearchCap = 1000;

    internal const string MergedPullRequestsQuery =
        "query MergedPullRequests($q: String!, $after: String) { search(query: $q, type: ISSUE, first: 100, after: $after) { issueCount pageInfo { hasNextPage endCursor } " +
        "nodes { ... on PullRequest { number createdAt mergedAt repository { nameWithOwner } " +
        "author { __typename login ... on User { databaseId } ... on Bot { databaseId } } " +
        "mergedBy { __typename login ... on User { databaseId } ... on Bot { databaseId } } commits { totalCount } } } } }";

    public async Task<IssueSearchResult> SearchIssuesAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var route = GitHubRoutes.SearchIssues;
        var url = rest.Connection.UrlFor(route.Expand(), [new("q", query), new("per_page", "100")]);
        var items = new List<IssueSearchItem>();
        var total = 0;
        var incomplete = false;
        for (var page = 0; page < SearchCap / 100; page++)
        {
            var response = await rest.SendToAsync(route, url, null, cancellationToken).ConfigureAwait(false);
            var result = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireSearchResult);
            total = result.TotalCount;
            incomplete |= result.IncompleteResults;
            items.AddRange(result.Items.Select(ToItem));
            if (response.NextPage is not { } next || !rest.Connection.IsSameOrigin(next))
            {
                break;
            }

            url = next;
        }

        return new IssueSearchResult { TotalCount = total, Incomplete = incomplete, Items = items };
    }

    public async Task<IReadOnlyList<MergedPullRequest>> ListMergedPullRequestsAsync(ContributionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Organizations.Count == 0 || query.To <= query.From)
        {
            return [];
        }

        var found = new Dictionary<(string, int), MergedPullRequest>();
        await CollectAsync(query, query.From, query.To, found, cancellationToken).ConfigureAwait(false);
        return found.Values
            .Where(p => p.CreatedAt >= query.From && p.CreatedAt < query.To && p.MergedAt >= query.From && p.MergedAt < query.To)
            .OrderBy(p => p.MergedAt)
            .ThenBy(p => p.Repository.FullName, StringComparer.Ordinal)
            .ThenBy(p => p.Number)
            .ToList();
    }

    internal static string SearchQuery(IReadOnlyList<string> organizations, DateTimeOffset from, DateTimeOffset to)
    {
        static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var orgs = string.Join(' ', organizations.Select(o => "org:" + o));

        // GitHub date ranges are inclusive; [from, to) becomes from..(to − 1 s), filtered exactly afterwards.
        return $"{orgs} is:pr is:merged created:{Stamp(from)}..{Stamp(to.AddSeconds(-1))}";
    }

    private static IssueSearchItem ToItem(WireIssue issue)
    {
        var repository = new RepositoryRef("", "");
        if (issue.RepositoryUrl is { } url)
        {
            var segments = new Uri(url).AbsolutePath.Trim('/').Split('/');
            if (segments.Length >= 2)
            {
                repository = new RepositoryRef(Uri.UnescapeDataString(segments[^2]), Uri.UnescapeDataString(segments[^1]));
            }
        }

        return new IssueSearchItem
        {
            Repository = repository,
            Number = issue.Number,
            Title = issue.Title,
            IsOpen = issue.State == "open",
            IsPullRequest = issue.PullRequest is not null,
            Author = issue.User.ToUser(),
            Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
        };
    }

    private static ContributionActor ToActor(GraphQlActor? actor) => actor is null
        ? new ContributionActor { Id = 0, Login = "ghost" }
        : new ContributionActor { Id = actor.DatabaseId ?? 0, Login = actor.Login ?? "ghost", IsBot = actor.Typename == "Bot" };

    private async Task CollectAsync(ContributionQuery query, DateTimeOffset from, DateTimeOffset to, Dictionary<(string, int), MergedPullRequest> found, CancellationToken cancellationToken)
    {
        var q = SearchQuery(query.Organizations, from, to);
        string? after = null;
        var first = true;
        while (true)
        {
            var search = await QueryAsync(q, after, cancellationToken).ConfigureAwait(false);
            if (first && search.IssueCount > SearchCap && to - from > TimeSpan.FromSeconds(2))
            {
                // Too many for one search: split the window and search each half.
                var middle = from + TimeSpan.FromTicks((to - from).Ticks / 2);
                await CollectAsync(query, from, middle, found, cancellationToken).ConfigureAwait(false);
                await CollectAsync(query, middle, to, found, cancellationToken).ConfigureAwait(false);
                return;
            }

            first = false;
            foreach (var node in search.Nodes)
            {
                if (node?.Repository is null || node.MergedAt is not { } mergedAt || !RepositoryRef.TryParse(node.Repository.NameWithOwner, out var repo))
                {
                    continue;
                }

                found[(repo.FullName, node.Number)] = new MergedPullRequest
                {
                    Repository = repo,
                    Number = node.Number,
                    Author = ToActor(node.Author),
                    MergedBy = ToActor(node.MergedBy),
                    Commits = node.Commits?.TotalCount ?? 0,
                    CreatedAt = node.CreatedAt,
                    MergedAt = mergedAt,
                };
            }

            if (!search.PageInfo.HasNextPage || search.PageInfo.EndCursor is null)
            {
                return;
            }

            after = search.PageInfo.EndCursor;
        }
    }

    private async Task<GraphQlSearch> QueryAsync(string q, string? after, CancellationToken cancellationToken)
    {
        var route = GitHubRoutes.GraphQl;
        var body = GitHubRestContext.Serialize(new GraphQlRequest(MergedPullRequestsQuery, new GraphQlVariables(q, after)), GitHubGraphQlJsonContext.Default.GraphQlRequest);
        var response = await rest.SendToAsync(route, rest.Connection.Options.EffectiveGraphQlUrl, body, cancellationToken).ConfigureAwait(false);
        var result = GitHubRestContext.Parse(route, response, GitHubGraphQlJsonContext.Default.GraphQlSearchResponse);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new GitHubApiException(route.Method, route.Template, response.StatusCode, string.Join("; ", errors.Select(e => e.Message)), response.RequestId)
            {
                IsRateLimited = errors.Any(e => e.Type == "RATE_LIMITED"),
            };
        }

        return result.Data?.Search
            ?? throw new GitHubApiException(route.Method, route.Template, response.StatusCode, "GraphQL answered without data.search", response.RequestId);
    }
}
