using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

internal sealed class OctokitUsers(GitHubCalls calls) : IGitHubUsers
{
    /// <summary>Octokit has no call for GET /user/{account_id}; its generic connection serves it.</summary>
    public Task<GitHubLookup<GitHubUser>> GetByIdAsync(long id, CancellationToken cancellationToken = default) =>
        calls.FindAsync(GitHubRoutes.GetUserById, _ => calls.Api.Get<User>(GitHubRoutes.GetUserById.RelativeUri(id)), u => u.ToUser(), cancellationToken);

    public Task<GitHubLookup<GitHubUser>> GetByLoginAsync(string login, CancellationToken cancellationToken = default) =>
        calls.FindAsync(GitHubRoutes.GetUserByLogin, c => c.User.Get(login), u => u.ToUser(), cancellationToken);
}
