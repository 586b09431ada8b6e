using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using CheckRun = Elections.App.Ports.GitHub.CheckRun;
using CheckRunRequest = Elections.App.Ports.GitHub.CheckRunRequest;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitChecks(GitHubCalls calls) : IGitHubChecks
{
    public async Task<CheckRun> CreateAsync(RepositoryRef repository, CheckRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var completedAt = CompletedAt(request);
        var run = new NewCheckRun(request.Name, request.HeadSha)
        {
            Status = request.Status.ToOctokit(),
            Conclusion = request.Conclusion?.ToOctokit(),
            CompletedAt = completedAt,
            ExternalId = request.ExternalId.Length == 0 ? null : request.ExternalId,
            DetailsUrl = request.DetailsUrl.Length == 0 ? null : request.DetailsUrl,
            Output = Output(request),
        };
        var created = await calls.RunAsync(GitHubRoutes.CreateCheckRun, c => c.Check.Run.Create(repository.Owner, repository.Name, run), cancellationToken).ConfigureAwait(false);
        return ToCheckRun(created);
    }

    public async Task<CheckRun> UpdateAsync(RepositoryRef repository, long checkRunId, CheckRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var completedAt = CompletedAt(request);
        var update = new CheckRunUpdate
        {
            Name = request.Name,
            Status = request.Status.ToOctokit(),
            Conclusion = request.Conclusion?.ToOctokit(),
            CompletedAt = completedAt,
            ExternalId = request.ExternalId.Length == 0 ? null : request.ExternalId,
            DetailsUrl = request.DetailsUrl.Length == 0 ? null : request.DetailsUrl,
            Output = Output(request),
        };
        var updated = await calls.RunAsync(GitHubRoutes.UpdateCheckRun, c => c.Check.Run.Update(repository.Owner, repository.Name, checkRunId, update), cancellationToken).ConfigureAwait(false);
        return ToCheckRun(updated);
    }

    private static NewCheckRunOutput Output(CheckRunRequest request) =>
        new(request.Title, request.Summary) { Text = request.Text.Length == 0 ? null : request.Text };

    private static CheckRun ToCheckRun(Octokit.CheckRun run) => new() { Id = run.Id, Name = run.Name, HeadSha = run.HeadSha, HtmlUrl = run.HtmlUrl ?? "" };

    private DateTimeOffset? CompletedAt(CheckRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != CheckRunStatus.Completed)
        {
            return null;
        }

        return request.Conclusion is null
            ? throw new ArgumentException("a completed check run needs a conclusion", nameof(request))
            : calls.Time.GetUtcNow();
    }
}
