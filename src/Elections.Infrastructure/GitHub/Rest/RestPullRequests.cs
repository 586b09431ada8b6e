using System.Net;
using System.Text.Json;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestPullRequests(GitHubRestContext rest) : IGitHubPullRequests
{
    public async Task<GitHubLookup<PullRequest>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var (found, pull) = await rest.FindAsync(
            GitHubRoutes.GetPullRequest, [repository.Owner, repository.Name, number], GitHubJsonContext.Default.WirePullRequest, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(pull!.ToPullRequest()) : default;
    }

    public async Task<IReadOnlyList<PullRequest>> ListAsync(RepositoryRef repository, PullRequestStateFilter state = PullRequestStateFilter.Open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var filter = state switch
        {
            PullRequestStateFilter.Closed => "closed",
            PullRequestStateFilter.All => "all",
            _ => "open",
        };
        var pulls = await rest.GetAllPagesAsync(
            GitHubRoutes.ListPullRequests, [repository.Owner, repository.Name], GitHubJsonContext.Default.ListWirePullRequest, cancellationToken, [new("state", filter)]).ConfigureAwait(false);
        return pulls.Select(p => p.ToPullRequest()).ToList();
    }

    public async Task<IReadOnlyList<PullRequestFile>> ListFilesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var files = await rest.GetAllPagesAsync(
            GitHubRoutes.ListPullRequestFiles, [repository.Owner, repository.Name, number], GitHubJsonContext.Default.ListWireFile, cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.ToFile()).ToList();
    }

    public async Task<IReadOnlyList<PullRequestReview>> ListReviewsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var reviews = await rest.GetAllPagesAsync(
            GitHubRoutes.ListPullRequestReviews, [repository.Owner, repository.Name, number], GitHubJsonContext.Default.ListWireReview, cancellationToken).ConfigureAwait(false);
        return reviews.Select(r => r.ToReview()).ToList();
    }

    public async Task<MergeResult> MergeAsync(RepositoryRef repository, int number, MergeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(request);
        var route = GitHubRoutes.MergePullRequest;
        var body = new WireMergeRequest(
            request.ExpectedHeadSha,
            request.Method.ToString().ToLowerInvariant(),
            request.CommitTitle.Length == 0 ? null : request.CommitTitle,
            request.CommitMessage.Length == 0 ? null : request.CommitMessage);
        var response = await rest.SendAsync(
            route, [repository.Owner, repository.Name, number], null, GitHubRestContext.Serialize(body, GitHubJsonContext.Default.WireMergeRequest), cancellationToken).ConfigureAwait(false);
        switch (response.Status)
        {
            case HttpStatusCode.OK:
                var merged = GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireMergeResult);
                return new MergeResult { Status = MergeStatus.Merged, Sha = merged.Sha ?? "", Message = merged.Message ?? "" };
            case HttpStatusCode.Conflict:
                return new MergeResult { Status = MergeStatus.HeadChanged, Message = GitHubConnection.MessageOf(response) };
            case HttpStatusCode.MethodNotAllowed:
                // A retried merge whose first answer was lost lands here: check whether it is merged already.
                var current = await GetAsync(repository, number, cancellationToken).ConfigureAwait(false);
                if (current.Value is { Merged: true } pull && pull.HeadSha == request.ExpectedHeadSha)
                {
                    return new MergeResult { Status = MergeStatus.AlreadyMerged, Message = GitHubConnection.MessageOf(response) };
                }

                return new MergeResult { Status = MergeStatus.NotMergeable, Message = GitHubConnection.MessageOf(response) };
            default:
                throw GitHubRestContext.Failure(route, response);
        }
    }

    public async Task<PullRequest> CloseAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var pull = await rest.SendJsonAsync(
            GitHubRoutes.UpdatePullRequest,
            [repository.Owner, repository.Name, number],
            new WireStateRequest("closed"),
            GitHubJsonContext.Default.WireStateRequest,
            GitHubJsonContext.Default.WirePullRequest,
            cancellationToken).ConfigureAwait(false);
        return pull.ToPullRequest();
    }
}
