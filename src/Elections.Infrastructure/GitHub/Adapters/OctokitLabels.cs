using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;
using Label = Elections.App.Ports.GitHub.Label;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitLabels(GitHubCalls calls) : IGitHubLabels
{
    public async Task<IReadOnlyList<Label>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var labels = await calls.RunAsync(
            GitHubRoutes.ListLabels, c => c.Issue.Labels.GetAllForRepository(repository.Owner, repository.Name, GitHubCalls.AllPages), cancellationToken).ConfigureAwait(false);
        return labels.Select(l => l.ToLabel()).ToList();
    }

    public Task<GitHubLookup<Label>> GetAsync(RepositoryRef repository, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.FindAsync(GitHubRoutes.GetLabel, c => c.Issue.Labels.Get(repository.Owner, repository.Name, name), l => l.ToLabel(), cancellationToken);
    }

    public async Task<Label> EnsureAsync(RepositoryRef repository, Label label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(label);
        var request = new NewLabel(label.Name, label.Color) { Description = label.Description.Length == 0 ? null : label.Description };
        try
        {
            return (await calls.RunAsync(GitHubRoutes.CreateLabel, c => c.Issue.Labels.Create(repository.Owner, repository.Name, request), cancellationToken).ConfigureAwait(false)).ToLabel();
        }
        catch (GitHubApiException ex) when (GitHubCalls.IsAlreadyExists(ex))
        {
            var existing = await GetAsync(repository, label.Name, cancellationToken).ConfigureAwait(false);
            if (existing.Value is { } found)
            {
                return found;
            }

            throw;
        }
    }

    public async Task<IReadOnlyList<string>> AddToIssueAsync(RepositoryRef repository, int number, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(names);
        var labels = await calls.RunAsync(
            GitHubRoutes.AddIssueLabels, c => c.Issue.Labels.AddToIssue(repository.Owner, repository.Name, number, [.. names]), cancellationToken).ConfigureAwait(false);
        return labels.Select(l => l.Name).ToList();
    }

    public Task RemoveFromIssueAsync(RepositoryRef repository, int number, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return calls.RunAllowingNotFoundAsync(GitHubRoutes.RemoveIssueLabel, c => c.Issue.Labels.RemoveFromIssue(repository.Owner, repository.Name, number, name), cancellationToken);
    }
}
