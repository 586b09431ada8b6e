using System.Globalization;
using System.Text.Json;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;
using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitSearch(GitHubCalls calls) : IGitHubSearch
{
    /// <summary>GitHub serves at most this many results for one search.</summary>
    public const int SearchCap = 1000;

    private const int PageSize = 100;

    internal const string MergedPullRequestsQuery =
        "query MergedPullRequests($q: String!, $after: String) { search(query: $q, type: ISSUE, first: 100, after: $after) { issueCount pageInfo { hasNextPage endCursor } " +
        "nodes { ... on PullRequest { number createdAt mergedAt repository { nameWithOwner } " +
        "author { __typename login ... on User { databaseId } ... on Bot { databaseId } } " +
        "mergedBy { __typename login ... on User { databaseId } ... on Bot { databaseId } } commits { totalCount } } } } }";

    public async Task<IssueSearchResult> SearchIssuesAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var items = new List<IssueSearchItem>();
        var total = 0;
        var incomplete = false;
        for (var page = 1; page <= SearchCap / PageSize; page++)
        {
            var request = new SearchIssuesRequest(query) { PerPage = PageSize, Page = page };
            var result = await calls.RunAsync(GitHubRoutes.SearchIssues, c => c.Search.SearchIssues(request), cancellationToken).ConfigureAwait(false);
            total = result.TotalCount;
            incomplete |= result.IncompleteResults;
            items.AddRange(result.Items.Select(ToItem));
            if (result.Items.Count < PageSize || items.Count >= total)
            {
                break;
            }
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
        try
        {
            await CollectAsync(query, query.From, query.To, found, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException exception) when (exception.Route == GitHubRoutes.GraphQl.Template)
        {
            // GraphQL failed past the client's retries (or is not served): the same harvest through REST.
            GitHubLog.GraphQlFallback(calls.Logger, exception.Message);
            found.Clear();
            foreach (var pr in await new RestMergedPullRequests(calls).ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                found[(pr.Repository.FullName, pr.Number)] = pr;
            }
        }

        return found.Values
            .Where(p => (query.MergedInWindowOnly || (p.CreatedAt >= query.From && p.CreatedAt < query.To)) && p.MergedAt >= query.From && p.MergedAt < query.To)
            .OrderBy(p => p.MergedAt)
            .ThenBy(p => p.Repository.FullName, StringComparer.Ordinal)
            .ThenBy(p => p.Number)
            .ToList();
    }

    internal static string SearchQuery(IReadOnlyList<string> organizations, DateTimeOffset from, DateTimeOffset to, string field = "created")
    {
        static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var orgs = string.Join(' ', organizations.Select(o => "org:" + o));

        // GitHub date ranges are inclusive; [from, to) becomes from..(to − 1 s), filtered exactly afterwards.
        return $"{orgs} is:pr is:merged {field}:{Stamp(from)}..{Stamp(to.AddSeconds(-1))}";
    }

    /// <summary>The repository from the issue's API URL (…/repos/{owner}/{repo}/issues/{number}); Octokit's search items carry no repository object.</summary>
    private static IssueSearchItem ToItem(Octokit.Issue issue)
    {
        var repository = new RepositoryRef("", "");
        if (Uri.TryCreate(issue.Url, UriKind.Absolute, out var url))
        {
            var segments = url.AbsolutePath.Trim('/').Split('/');
            if (segments.Length >= 4)
            {
                repository = new RepositoryRef(Uri.UnescapeDataString(segments[^4]), Uri.UnescapeDataString(segments[^3]));
            }
        }

        return new IssueSearchItem
        {
            Repository = repository,
            Number = issue.Number,
            Title = issue.Title,
            IsOpen = issue.State.StringValue == "open",
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
        var q = SearchQuery(query.Organizations, from, to, query.MergedInWindowOnly ? "merged" : "created");
        var cache = new SliceCache(query.CacheDirectory, q);
        if (cache.WasSplit)
        {
            await SplitAsync(query, from, to, found, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (cache.TryLoad(out var cached))
        {
            foreach (var pr in cached)
            {
                found[(pr.Repository.FullName, pr.Number)] = pr;
            }

            Report(query, to);
            return;
        }

        var slice = new List<MergedPullRequest>();
        string? after = null;
        var first = true;
        while (true)
        {
            var search = await QueryAsync(q, after, cancellationToken).ConfigureAwait(false);
            if (first && search.IssueCount > SearchCap && to - from > TimeSpan.FromSeconds(2))
            {
                // Too many for one search: split the window and search each half.
                cache.SaveSplit();
                await SplitAsync(query, from, to, found, cancellationToken).ConfigureAwait(false);
                return;
            }

            first = false;
            foreach (var node in search.Nodes)
            {
                if (node?.Repository is null || node.MergedAt is not { } mergedAt || !RepositoryRef.TryParse(node.Repository.NameWithOwner, out var repo))
                {
                    continue;
                }

                slice.Add(new MergedPullRequest
                {
                    Repository = repo,
                    Number = node.Number,
                    Author = ToActor(node.Author),
                    MergedBy = ToActor(node.MergedBy),
                    Commits = node.Commits?.TotalCount ?? 0,
                    CreatedAt = node.CreatedAt,
                    MergedAt = mergedAt,
                });
            }

            if (!search.PageInfo.HasNextPage || search.PageInfo.EndCursor is null)
            {
                foreach (var pr in slice)
                {
                    found[(pr.Repository.FullName, pr.Number)] = pr;
                }

                cache.Save(slice);
                Report(query, to);
                return;
            }

            after = search.PageInfo.EndCursor;
        }
    }

    private async Task SplitAsync(ContributionQuery query, DateTimeOffset from, DateTimeOffset to, Dictionary<(string, int), MergedPullRequest> found, CancellationToken cancellationToken)
    {
        var middle = from + TimeSpan.FromTicks((to - from).Ticks / 2);
        await CollectAsync(query, from, middle, found, cancellationToken).ConfigureAwait(false);
        await CollectAsync(query, middle, to, found, cancellationToken).ConfigureAwait(false);
    }

    private static void Report(ContributionQuery query, DateTimeOffset done) =>
        query.Progress?.Report((done - query.From).TotalSeconds / Math.Max(1, (query.To - query.From).TotalSeconds));

    private async Task<GraphQlSearch> QueryAsync(string q, string? after, CancellationToken cancellationToken)
    {
        var result = await GraphQlPoster.PostAsync(
            calls,
            new GraphQlRequest(MergedPullRequestsQuery, new GraphQlVariables(q, after)),
            GitHubGraphQlJsonContext.Default.GraphQlRequest,
            GitHubGraphQlJsonContext.Default.GraphQlSearchResponse,
            cancellationToken).ConfigureAwait(false);
        var route = GitHubRoutes.GraphQl;
        return result.Data?.Search
            ?? throw new GitHubApiException(route.Method, route.Template, 200, "GraphQL answered without data.search", requestId: null);
    }
}
