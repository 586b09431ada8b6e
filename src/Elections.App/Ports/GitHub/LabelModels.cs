namespace Elections.App.Ports.GitHub;

/// <summary>A repository label.</summary>
public sealed record Label
{
    /// <summary>The name (case-insensitive on GitHub).</summary>
    public required string Name { get; init; }

    /// <summary>Six hex digits, no '#'.</summary>
    public string Color { get; init; } = "ededed";

    /// <summary>The description; empty when none.</summary>
    public string Description { get; init; } = "";
}

/// <summary>Labels on a repository and on issues or pull requests.</summary>
public interface IGitHubLabels
{
    /// <summary>GET /repos/{owner}/{repo}/labels, all pages.</summary>
    Task<IReadOnlyList<Label>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken = default);

    /// <summary>GET /repos/{owner}/{repo}/labels/{name}.</summary>
    Task<GitHubLookup<Label>> GetAsync(RepositoryRef repository, string name, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{owner}/{repo}/labels; an existing label (422 already_exists) is returned as is.</summary>
    Task<Label> EnsureAsync(RepositoryRef repository, Label label, CancellationToken cancellationToken = default);

    /// <summary>POST /repos/{owner}/{repo}/issues/{issue_number}/labels; returns the labels now on the issue.</summary>
    Task<IReadOnlyList<string>> AddToIssueAsync(RepositoryRef repository, int number, IReadOnlyList<string> names, CancellationToken cancellationToken = default);

    /// <summary>DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}; idempotent.</summary>
    Task RemoveFromIssueAsync(RepositoryRef repository, int number, string name, CancellationToken cancellationToken = default);
}
