using Elections.App.Candidacy;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elections.Infrastructure.Composition;

/// <summary>The composition root's Infrastructure part: the store and GitHub, both from <see cref="ElectionsOptions"/>.</summary>
public static class ElectionsInfrastructureServices
{
    /// <summary>
    /// Registers the store named by ELECTIONS_STORE (a PostgreSQL connection string or a SQLite path), which also
    /// answers <see cref="IConflictGroups"/>;
    /// <paramref name="defaultSqlitePath"/> when it is unset.
    /// </summary>
    public static IServiceCollection AddElectionsStore(this IServiceCollection services, string defaultSqlitePath = StoreFactory.DefaultSqlitePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IStore>(provider =>
        {
            var setting = provider.GetRequiredService<IOptions<ElectionsOptions>>().Value.Store;
            return StoreFactory.Open(setting.Length > 0 ? setting : defaultSqlitePath, provider.GetRequiredService<TimeProvider>());
        });

        // The committee's conflict groups live in the same store; a registration other than the App's empty default (a test's) stays.
        var groups = services.FirstOrDefault(d => d.ServiceType == typeof(IConflictGroups));
        if (groups is null || groups.ImplementationType == typeof(NoConflictGroups))
        {
            services.RemoveAll<IConflictGroups>();
            services.AddSingleton<IConflictGroups>(provider => provider.GetRequiredService<IStore>() as IConflictGroups ?? new NoConflictGroups());
        }

        return services;
    }

    /// <summary>
    /// Registers the GitHub client factory built from the options (unless one is registered already,
    /// as tests do). With <paramref name="required"/>, missing or unreadable credentials fail start-up;
    /// without, a factory that explains what to set when a handler calls GitHub.
    /// </summary>
    public static IServiceCollection AddElectionsGitHub(this IServiceCollection services, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (required)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ElectionsOptions>, GitHubCredentialsValidator>());
        }

        services.TryAddSingleton<IGitHubFactory>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ElectionsOptions>>().Value;
            return !required && !options.HasGitHubCredentials
                ? new MissingGitHub()
                : new GitHubClientFactory(
                    GitHubEnvironment.ToGitHubOptions(options),
                    provider.GetRequiredService<ILogger<GitHubClientFactory>>(),
                    provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    /// <summary>Dry runs without credentials: planning works; a handler that reads GitHub is told what to set.</summary>
    private sealed class MissingGitHub : IGitHubFactory
    {
        public IGitHub Create(GitHubCallContext context) =>
            throw new InvalidOperationException($"no GitHub credentials: set {ElectionsVariables.Token} to let the handlers read GitHub");
    }
}
