using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using MergeMethod = Elections.App.Ports.GitHub.MergeMethod;
using PullRequest = Elections.App.Ports.GitHub.PullRequest;
using PullRequestFile = Elections.App.Ports.GitHub.PullRequestFile;
using PullRequestReview = Elections.App.Ports.GitHub.PullRequestReview;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitPullRequests(GitHubCalls calls) : IGitHubPullRequests
{
    public Task<GitHubLookup<PullRequest>> GetAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.FindAsync(GitHubRoutes.GetPullRequest, c => c.PullRequest.Get(repository.Owner, repository.Name, number), p => p.ToPullRequest(), cancellationToken);
    }

    public async Task<IReadOnlyList<PullRequest>> ListAsync(RepositoryRef repository, PullRequestStateFilter state = PullRequestStateFilter.Open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var request = new PullRequestRequest
        {
            State = state switch
            {
                PullRequestStateFilter.Closed => ItemStateFilter.Closed,
                PullRequestStateFilter.All => ItemStateFilter.All,
                _ => ItemStateFilter.Open,
            },
        };
        var pulls = await calls.RunAsync(
            GitHubRoutes.ListPullRequests, c => c.PullRequest.GetAllForRepository(repository.Owner, repository.Name, request, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return pulls.Select(p => p.ToPullRequest()).ToList();
    }

    public async Task<IReadOnlyList<PullRequestFile>> ListFilesAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var files = await calls.RunAsync(
            GitHubRoutes.ListPullRequestFiles, c => c.PullRequest.Files(repository.Owner, repository.Name, number, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.ToFile()).ToList();
    }

    public async Task<IReadOnlyList<PullRequestCommitAuthor>> ListCommitAuthorsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var commits = await calls.RunAsync(
            GitHubRoutes.ListPullRequestCommits, c => c.PullRequest.Commits(repository.Owner, repository.Name, number), cancellationToken).ConfigureAwait(false);
        return commits.Select(c => new PullRequestCommitAuthor(c.Author?.Id ?? 0, c.Commit?.Author?.Email ?? "")).ToList();
    }

    public async Task<IReadOnlyList<PullRequestReview>> ListReviewsAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var reviews = await calls.RunAsync(
            GitHubRoutes.ListPullRequestReviews, c => c.PullRequest.Review.GetAll(repository.Owner, repository.Name, number, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return reviews.Select(r => r.ToReview()).ToList();
    }

    public async Task<MergeResult> MergeAsync(RepositoryRef repository, int number, MergeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(request);
        var merge = new MergePullRequest
        {
            Sha = request.ExpectedHeadSha,
            MergeMethod = request.Method switch
            {
                MergeMethod.Squash => PullRequestMergeMethod.Squash,
                MergeMethod.Rebase => PullRequestMergeMethod.Rebase,
                _ => PullRequestMergeMethod.Merge,
            },
            CommitTitle = request.CommitTitle.Length == 0 ? null : request.CommitTitle,
            CommitMessage = request.CommitMessage.Length == 0 ? null : request.CommitMessage,
        };
        try
        {
            var merged = await calls.RunAsync(GitHubRoutes.MergePullRequest, c => c.PullRequest.Merge(repository.Owner, repository.Name, number, merge), cancellationToken).ConfigureAwait(false);
            return new MergeResult { Status = MergeStatus.Merged, Sha = merged.Sha ?? "", Message = merged.Message ?? "" };
        }
        catch (GitHubApiException ex) when (ex.StatusCode == 409)
        {
            return new MergeResult { Status = MergeStatus.HeadChanged, Message = ex.GitHubMessage };
        }
        catch (GitHubApiException ex) when (ex.StatusCode == 405)
        {
            // A retried merge whose first answer was lost lands here: check whether it is merged already.
            var current = await GetAsync(repository, number, cancellationToken).ConfigureAwait(false);
            var status = current.Value is { Merged: true } pull && pull.HeadSha == request.ExpectedHeadSha ? MergeStatus.AlreadyMerged : MergeStatus.NotMergeable;
            return new MergeResult { Status = status, Message = ex.GitHubMessage };
        }
    }

    public Task<PullRequest> CloseAsync(RepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAsync(
            GitHubRoutes.UpdatePullRequest,
            async c => (await c.PullRequest.Update(repository.Owner, repository.Name, number, new PullRequestUpdate { State = ItemState.Closed }).ConfigureAwait(false)).ToPullRequest(),
            cancellationToken);
    }

    public Task<PullRequest> CreateAsync(RepositoryRef repository, string title, string body, string head, string baseBranch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAsync(
            GitHubRoutes.CreatePullRequest,
            async c => (await c.PullRequest.Create(repository.Owner, repository.Name, new NewPullRequest(title, head, baseBranch) { Body = body }).ConfigureAwait(false)).ToPullRequest(),
            cancellationToken);
    }

    public Task RequestTeamReviewAsync(RepositoryRef repository, int number, string teamSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAsync(
            GitHubRoutes.RequestReviewers,
            c => c.PullRequest.ReviewRequest.Create(repository.Owner, repository.Name, number, new PullRequestReviewRequest([], [teamSlug])),
            cancellationToken);
    }

    public Task RemoveTeamReviewRequestAsync(RepositoryRef repository, int number, string teamSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAsync(
            GitHubRoutes.RemoveRequestedReviewers,
            c => c.PullRequest.ReviewRequest.Delete(repository.Owner, repository.Name, number, new PullRequestReviewRequest([], [teamSlug])),
            cancellationToken);
    }
}
