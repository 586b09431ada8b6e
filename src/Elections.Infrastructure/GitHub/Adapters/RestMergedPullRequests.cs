using System.Globalization;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// The REST fallback of the contribution harvest, for when GraphQL fails or is unavailable (issue 11 item 1):
/// every repository of each organization (all pages), then each repository's closed pull requests by last update,
/// newest first, page by page until a page ends before the window (a pull request merged in the window was updated
/// at or after its merge), and for each one merged in the window its own record (the list leaves out who merged it
/// and its commit count). Calls go through the shared client, so rate limits are waited out as for every call;
/// each finished repository is kept in the slice cache, so an interrupted run resumes repository by repository.
/// </summary>
internal sealed class RestMergedPullRequests(GitHubCalls calls)
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<MergedPullRequest>> ListAsync(ContributionQuery query, CancellationToken cancellationToken)
    {
        var repositories = new List<RepositoryRef>();
        foreach (var organization in query.Organizations)
        {
            var listed = await calls.RunAsync(
                GitHubRoutes.ListOrgRepositories,
                c => c.Repository.GetAllForOrg(organization, new ApiOptions { PageSize = PageSize }),
                cancellationToken).ConfigureAwait(false);
            repositories.AddRange(listed.Select(r => new RepositoryRef(r.Owner.Login, r.Name)));
        }

        var found = new List<MergedPullRequest>();
        for (var i = 0; i < repositories.Count; i++)
        {
            found.AddRange(await RepositoryAsync(query, repositories[i], cancellationToken).ConfigureAwait(false));
            query.Progress?.Report((i + 1) / (double)repositories.Count);
        }

        return found;
    }

    private async Task<IReadOnlyList<MergedPullRequest>> RepositoryAsync(ContributionQuery query, RepositoryRef repository, CancellationToken cancellationToken)
    {
        var cache = new SliceCache(query.CacheDirectory, $"rest {repository.FullName} merged:{Stamp(query.From)}..{Stamp(query.To)}");
        if (cache.TryLoad(out var cached))
        {
            return cached;
        }

        var request = new PullRequestRequest { State = ItemStateFilter.Closed, SortProperty = PullRequestSort.Updated, SortDirection = SortDirection.Descending };
        var numbers = new List<int>();
        for (var page = 1; ; page++)
        {
            var options = new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = page };
            var pulls = await calls.RunAsync(
                GitHubRoutes.ListPullRequests,
                c => c.PullRequest.GetAllForRepository(repository.Owner, repository.Name, request, options),
                cancellationToken).ConfigureAwait(false);
            numbers.AddRange(pulls.Where(p => p.MergedAt is { } merged && merged >= query.From && merged < query.To).Select(p => p.Number));
            if (pulls.Count < PageSize || pulls[^1].UpdatedAt < query.From)
            {
                break;
            }
        }

        var slice = new List<MergedPullRequest>();
        foreach (var number in numbers.Distinct())
        {
            var pull = await calls.RunAsync(GitHubRoutes.GetPullRequest, c => c.PullRequest.Get(repository.Owner, repository.Name, number), cancellationToken).ConfigureAwait(false);
            if (pull.MergedAt is not { } mergedAt)
            {
                continue;
            }

            slice.Add(new MergedPullRequest
            {
                Repository = repository,
                Number = number,
                Author = Actor(pull.User),
                MergedBy = Actor(pull.MergedBy),
                Commits = pull.Commits,
                CreatedAt = pull.CreatedAt,
                MergedAt = mergedAt,
            });
        }

        cache.Save(slice);
        return slice;
    }

    private static ContributionActor Actor(User? user) => user is null
        ? new ContributionActor { Id = 0, Login = "ghost" }
        : new ContributionActor { Id = user.Id, Login = user.Login, IsBot = user.Type == AccountType.Bot };

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
