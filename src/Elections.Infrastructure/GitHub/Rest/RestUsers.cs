using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

internal sealed class RestUsers(GitHubRestContext rest) : IGitHubUsers
{
    public async Task<GitHubLookup<GitHubUser>> GetByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        var (found, user) = await rest.FindAsync(GitHubRoutes.GetUserById, [id], GitHubJsonContext.Default.WireUser, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(user.ToUser()) : default;
    }

    public async Task<GitHubLookup<GitHubUser>> GetByLoginAsync(string login, CancellationToken cancellationToken = default)
    {
        var (found, user) = await rest.FindAsync(GitHubRoutes.GetUserByLogin, [login], GitHubJsonContext.Default.WireUser, cancellationToken).ConfigureAwait(false);
        return found ? GitHubLookup.Of(user.ToUser()) : default;
    }
}
