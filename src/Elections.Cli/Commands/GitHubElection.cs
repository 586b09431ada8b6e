using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Composition;
using Elections.Infrastructure.ElectionFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Commands;

/// <summary>
/// An election repository on GitHub for the committee's commands: the client (GH_TOKEN, ELECTIONS_GITHUB_API_URL),
/// the election read from the default branch, and the store (ELECTIONS_STORE) for the conflict groups.
/// </summary>
internal sealed class GitHubElection : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private GitHubElection(ServiceProvider provider, RepositoryRef repository, ElectionSnapshot snapshot, ElectionConfig config)
    {
        _provider = provider;
        Repository = repository;
        Snapshot = snapshot;
        Config = config;
        GitHub = provider.GetRequiredService<IGitHubFactory>().Create(GitHubCallContext.None);
    }

    public RepositoryRef Repository { get; }

    public ElectionSnapshot Snapshot { get; }

    public ElectionConfig Config { get; }

    public IGitHub GitHub { get; }

    /// <summary>
    /// Opens <paramref name="repositoryName"/>. Settings come from the process environment, or from
    /// <paramref name="environment"/> when given (tests); <paramref name="store"/>, when given, overrides ELECTIONS_STORE.
    /// </summary>
    public static async Task<GitHubElection> OpenAsync(string? repositoryName, string? store, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!RepositoryRef.TryParse(repositoryName, out var repository))
        {
            throw new InvalidInputException(new Problem("command line", 0, "--github", $"'{repositoryName}' is not OWNER/REPO: give the election repository, e.g. examplecoop/sc-election-2026 (or run in Actions, where GITHUB_REPOSITORY is set)"));
        }

        var builder = new ConfigurationBuilder();
        var settings = (environment is null
                ? builder.AddConfiguration(CliEnvironment.Configuration())
                : builder.AddInMemoryCollection(environment.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))))
            .AddInMemoryCollection(store is null ? [] : [new(ElectionsVariables.Store, store)])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddElectionsApp(settings).AddElectionsStore().AddElectionsGitHub().AddElectionFiles();
        var provider = services.BuildServiceProvider();
        try
        {
            BotServices.Validated(provider);
            var read = await provider.GetRequiredService<IElectionFiles>().ReadAsync(repository, GitHubCallContext.None, ct).ConfigureAwait(false);
            if (!read.TryGetSources(out var sources))
            {
                throw new InvalidInputException(new Problem(repository.FullName, 0, ElectionLayout.ConfigPath, "the default branch holds no election: check --github"));
            }

            var snapshot = ElectionSnapshotReader.Read(sources);
            return snapshot.TryGetConfig(out var config)
                ? new GitHubElection(provider, repository, snapshot, config)
                : throw new InvalidInputException(snapshot.Problems);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The committee's conflict groups for this repository, from the store.</summary>
    public async Task<IReadOnlyList<Core.Candidacy.ConflictGroup>> ConflictGroupsAsync(CancellationToken ct)
    {
        await _provider.GetRequiredService<IStore>().MigrateAsync(ct).ConfigureAwait(false);
        return await _provider.GetRequiredService<IConflictGroups>().ReadAsync(Repository.FullName, ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
