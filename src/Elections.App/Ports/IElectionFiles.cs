using Elections.App.Ports.GitHub;

namespace Elections.App.Ports;

/// <summary>
/// Where an election's files come from: a folder (<c>ELECTIONS_REPO_DIR</c>) or the repository on
/// GitHub at its default branch's head (DESIGN principle 4: never a pull request's head).
/// </summary>
public interface IElectionFiles
{
    /// <summary>
    /// Collects the election of <paramref name="repository"/>, acting for <paramref name="context"/>;
    /// <see cref="ElectionRead.NotAnElection"/> when it holds no <c>config/election.yml</c>.
    /// </summary>
    Task<ElectionRead> ReadAsync(RepositoryRef repository, GitHubCallContext context, CancellationToken cancellationToken = default);
}
