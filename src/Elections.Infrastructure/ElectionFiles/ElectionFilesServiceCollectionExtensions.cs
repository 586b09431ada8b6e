using Elections.App.ElectionFiles;
using Elections.App.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Infrastructure.ElectionFiles;

/// <summary>Registers where elections are read from, and the <see cref="ElectionGate"/> that reads them.</summary>
public static class ElectionFilesServiceCollectionExtensions
{
    /// <summary>
    /// With <paramref name="repositoryDirectory"/> (the value of <c>ELECTIONS_REPO_DIR</c>), the
    /// election is that folder; without, every repository a delivery names is read on GitHub at its
    /// default branch's head (needs an <see cref="App.Ports.GitHub.IGitHubFactory"/>), and each one that
    /// holds <c>config/election.yml</c> is an election keyed by <c>owner/name</c>.
    /// </summary>
    public static IServiceCollection AddElectionFiles(this IServiceCollection services, string? repositoryDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(repositoryDirectory))
        {
            services.AddSingleton<ElectionFilesCache>();
            services.AddSingleton<IElectionFiles, GitHubElectionFiles>();
        }
        else
        {
            services.AddSingleton<IElectionFiles>(new FolderElectionFiles(Path.GetFullPath(repositoryDirectory)));
        }

        services.AddSingleton<ElectionGate>();
        return services;
    }
}
