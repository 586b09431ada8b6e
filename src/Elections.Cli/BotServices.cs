using System.CommandLine;
using Elections.App.Configuration;
using Elections.Core.Validation;
using Elections.Infrastructure.Composition;
using Elections.Infrastructure.ElectionFiles;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Elections.Cli;

/// <summary>
/// The bot's composition root for commands that act as the bot from Actions (<c>receive</c>,
/// <c>voters sync-team</c>): settings from the environment (or a dictionary in tests), the App, the store,
/// GitHub and the election files, with the options validated as bad input (exit 2).
/// </summary>
internal static class BotServices
{
    /// <summary>The environment as configuration; <paramref name="environment"/> replaces it in tests.</summary>
    public static IConfiguration Settings(IReadOnlyDictionary<string, string>? environment) =>
        environment is null
            ? CliEnvironment.Configuration()
            : new ConfigurationBuilder().AddInMemoryCollection(environment.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();

    /// <summary>A setting's value, or null when unset or empty.</summary>
    public static string? Get(IConfiguration settings, string name) => settings[name] is { Length: > 0 } value ? value : null;

    /// <summary>A fresh <c>--store</c> option: the effects journal, <c>ELECTIONS_STORE</c> by default, else a file in the temp folder.</summary>
    public static Option<string> StoreOption(IConfiguration settings) => new("--store")
    {
        Description = $"The effects journal: a SQLite file or a PostgreSQL connection string (default: ${ElectionsVariables.Store}, else a file in the temp folder)",
        DefaultValueFactory = _ => Get(settings, ElectionsVariables.Store) ?? Path.Combine(Path.GetTempPath(), "elections", StoreFactory.DefaultSqlitePath),
    };

    /// <summary>Builds the services over <paramref name="settings"/> with the effects journal at <paramref name="store"/>.</summary>
    public static ServiceProvider Build(IConfiguration settings, string store, bool gitHubRequired)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(settings)
            .AddInMemoryCollection([new(ElectionsVariables.Store, store)])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddElectionsApp(configuration).AddElectionsStore().AddElectionsGitHub(required: gitHubRequired).AddElectionFiles();
        return services.BuildServiceProvider();
    }

    /// <summary>The options, or every problem with the environment as bad input (exit 2).</summary>
    public static ElectionsOptions Validated(IServiceProvider provider)
    {
        try
        {
            return provider.GetRequiredService<IOptions<ElectionsOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidInputException([.. exception.Failures.Select(failure => new Problem("environment", 0, "", failure))]);
        }
    }

    /// <summary><c>run-{id}-{attempt}</c> under Actions, else a fresh local id.</summary>
    public static string DeliveryId(IConfiguration settings) =>
        Get(settings, ElectionsVariables.RunId) is { } run ? $"run-{run}-{Get(settings, ElectionsVariables.RunAttempt) ?? "1"}" : $"local-{Guid.NewGuid():N}";
}
