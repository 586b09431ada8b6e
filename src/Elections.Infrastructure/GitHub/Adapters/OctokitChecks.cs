using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using CheckRun = Elections.App.Ports.GitHub.CheckRun;
using CheckRunRequest = Elections.App.Ports.GitHub.CheckRunRequest;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitChecks(GitHubCalls calls) : IGitHubChecks
{
    /// <summary>With an <see cref="CheckRunRequest.ExternalId"/>, a lost answer is reconciled by that id before sending again.</summary>
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
        var route = GitHubRoutes.CreateCheckRun;
        async Task<CheckRun> Create(CancellationToken ct) =>
            ToCheckRun(await calls.RunAsync(route, c => c.Check.Run.Create(repository.Owner, repository.Name, run), ct).ConfigureAwait(false));
        if (request.ExternalId.Length == 0)
        {
            return await Create(cancellationToken).ConfigureAwait(false);
        }

        return await CreateOnce.RunAsync(calls, route, "check run", Create, ct => FindByExternalIdAsync(repository, request, ct), cancellationToken).ConfigureAwait(false);
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

    public async Task<IReadOnlyList<CheckRun>> ListForRefAsync(RepositoryRef repository, string gitRef, string checkName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var filter = new Octokit.CheckRunRequest { CheckName = checkName, Filter = CheckRunCompletedAtFilter.All };
        var runs = await calls.RunAsync(
            GitHubRoutes.ListCheckRunsForRef,
            c => c.Check.Run.GetAllForReference(repository.Owner, repository.Name, gitRef, filter, GitHubCalls.AllPages),
            cancellationToken).ConfigureAwait(false);
        var appId = long.TryParse(calls.Options.AppId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        return [.. runs.CheckRuns.Where(r => appId is null || r.App?.Id == appId).OrderByDescending(r => r.Id).Select(ToCheckRun)];
    }

    /// <summary>After a lost answer: a run on the commit with our external id (from our App, when its id is configured).</summary>
    private async Task<CheckRun?> FindByExternalIdAsync(RepositoryRef repository, CheckRunRequest request, CancellationToken cancellationToken) =>
        (await ListForRefAsync(repository, request.HeadSha, request.Name, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(r => r.ExternalId == request.ExternalId);

    private static NewCheckRunOutput Output(CheckRunRequest request) =>
        new(request.Title, request.Summary) { Text = request.Text.Length == 0 ? null : request.Text };

    private static CheckRun ToCheckRun(Octokit.CheckRun run) => new()
    {
        Id = run.Id,
        Name = run.Name,
        HeadSha = run.HeadSha,
        HtmlUrl = run.HtmlUrl ?? "",
        ExternalId = run.ExternalId ?? "",
        Conclusion = run.Conclusion is { } conclusion ? conclusion.Value.FromOctokit() : null,
        Title = run.Output?.Title ?? "",
        Summary = run.Output?.Summary ?? "",
    };

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
