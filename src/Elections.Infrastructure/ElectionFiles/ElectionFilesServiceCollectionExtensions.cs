using Elections.App.Announcements;
using Elections.App.Configuration;
using Elections.App.ElectionFiles;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.Announcements;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Elections.Infrastructure.ElectionFiles;

/// <summary>
/// Registers where elections are read from, the <see cref="ElectionGate"/> that reads them, and the announcement
/// renderer the handlers use: the committee's templates in the election folder when there is one, else the built-in ones.
/// </summary>
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

        services.TryAddSingleton<IAnnouncementRenderer>(new ScribanAnnouncementRenderer(string.IsNullOrWhiteSpace(repositoryDirectory) ? null : Path.GetFullPath(repositoryDirectory)));

        services.AddSingleton<ElectionGate>();
        return services;
    }

    /// <summary>
    /// The composition root's form: the folder named by <c>ELECTIONS_REPO_DIR</c> in the bound
    /// <see cref="ElectionsOptions"/> when set, else every repository on GitHub (see the overload).
    /// </summary>
    public static IServiceCollection AddElectionFiles(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ElectionFilesCache>();
        services.TryAddSingleton<IElectionFiles>(provider =>
            provider.GetRequiredService<IOptions<ElectionsOptions>>().Value.RepoDir is { Length: > 0 } folder
                ? new FolderElectionFiles(Path.GetFullPath(folder))
                : new GitHubElectionFiles(provider.GetRequiredService<IGitHubFactory>(), provider.GetRequiredService<ElectionFilesCache>()));
        services.TryAddSingleton<IAnnouncementRenderer>(provider =>
            new ScribanAnnouncementRenderer(provider.GetRequiredService<IOptions<ElectionsOptions>>().Value.RepoDir is { Length: > 0 } folder ? Path.GetFullPath(folder) : null));
        services.TryAddSingleton<ElectionGate>();
        return services;
    }
}
