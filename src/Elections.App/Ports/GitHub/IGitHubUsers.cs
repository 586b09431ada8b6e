namespace Elections.App.Ports.GitHub;

/// <summary>Users by numeric id and by login. Deleted or unknown accounts are not found.</summary>
public interface IGitHubUsers
{
    /// <summary>GET /user/{account_id}.</summary>
    Task<GitHubLookup<GitHubUser>> GetByIdAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>GET /users/{username}.</summary>
    Task<GitHubLookup<GitHubUser>> GetByLoginAsync(string login, CancellationToken cancellationToken = default);
}
