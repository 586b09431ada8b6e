using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestLabels(GitHubRestContext rest) : IGitHubLabels
{
    public async Task<IReadOnlyList<Label>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var labels = await rest.GetAllPagesAsync(GitHubRoutes.ListLabels, [repository.Owner, repository.Name], GitHubJsonContext.Default.ListWireLabel, cancellationToken).ConfigureAwait(false);
        return labels.Select(l => l.ToLabel()).ToList();
    }

    public async Task<GitHubLookup<Label>> GetAsync(RepositoryRef repository, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var (found, label) = await rest.FindAsync(GitHubRoutes.GetLabel, [repository.Owner, repository.Name, name], GitHubJsonContext.Default.WireLabel, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(label!.ToLabel()) : default;
    }

    public async Task<Label> EnsureAsync(RepositoryRef repository, Label label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(label);
        var route = GitHubRoutes.CreateLabel;
        var body = new WireLabel(label.Name, label.Color, label.Description.Length == 0 ? null : label.Description);
        var response = await rest.SendAsync(
            route, [repository.Owner, repository.Name], null, GitHubRestContext.Serialize(body, GitHubJsonContext.Default.WireLabel), cancellationToken).ConfigureAwait(false);
        if (GitHubRestContext.IsAlreadyExists(response))
        {
            var existing = await GetAsync(repository, label.Name, cancellationToken).ConfigureAwait(false);
            if (existing.Value is { } found)
            {
                return found;
            }
        }

        return GitHubRestContext.Parse(route, response, GitHubJsonContext.Default.WireLabel).ToLabel();
    }

    public async Task<IReadOnlyList<string>> AddToIssueAsync(RepositoryRef repository, int number, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var labels = await rest.SendJsonAsync(
            GitHubRoutes.AddIssueLabels,
            [repository.Owner, repository.Name, number],
            new WireLabelsRequest(names),
            GitHubJsonContext.Default.WireLabelsRequest,
            GitHubJsonContext.Default.ListWireLabel,
            cancellationToken).ConfigureAwait(false);
        return labels.Select(l => l.Name).ToList();
    }

    public Task RemoveFromIssueAsync(RepositoryRef repository, int number, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return rest.SendAllowingNotFoundAsync(GitHubRoutes.RemoveIssueLabel, [repository.Owner, repository.Name, number, name], cancellationToken);
    }
}
