using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestChecks(GitHubRestContext rest) : IGitHubChecks
{
    public Task<CheckRun> CreateAsync(RepositoryRef repository, CheckRunRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(GitHubRoutes.CreateCheckRun, [repository.Owner, repository.Name], request, cancellationToken);

    public Task<CheckRun> UpdateAsync(RepositoryRef repository, long checkRunId, CheckRunRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(GitHubRoutes.UpdateCheckRun, [repository.Owner, repository.Name, checkRunId], request, cancellationToken);

    private async Task<CheckRun> SendAsync(GitHubRoute route, object[] path, CheckRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var completed = request.Status == CheckRunStatus.Completed;
        if (completed && request.Conclusion is null)
        {
            throw new ArgumentException("a completed check run needs a conclusion", nameof(request));
        }

        var body = new WireCheckRunRequest(
            request.Name,
            request.HeadSha,
            request.Status.Wire(),
            completed ? request.Conclusion!.Value.Wire() : null,
            request.ExternalId.Length == 0 ? null : request.ExternalId,
            request.DetailsUrl.Length == 0 ? null : request.DetailsUrl,
            completed ? rest.Time.GetUtcNow() : null,
            new WireCheckOutput(request.Title, request.Summary, request.Text.Length == 0 ? null : request.Text));
        var run = await rest.SendJsonAsync(route, path, body, GitHubJsonContext.Default.WireCheckRunRequest, GitHubJsonContext.Default.WireCheckRun, cancellationToken).ConfigureAwait(false);
        return new CheckRun { Id = run.Id, Name = run.Name, HeadSha = run.HeadSha, HtmlUrl = run.HtmlUrl ?? "" };
    }
}
