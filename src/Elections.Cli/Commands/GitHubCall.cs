using Elections.App.Configuration;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Commands;

/// <summary>Runs one piece of work against GitHub with the client from the environment (GH_TOKEN, ELECTIONS_GITHUB_API_URL), validated first.</summary>
internal static class GitHubCall
{
    public static async Task<T> RunAsync<T>(Func<IGitHub, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var settings = CliEnvironment.Configuration();
        var services = new ServiceCollection().AddLogging();
        services.AddElectionsApp(settings).AddElectionsGitHub(required: true);
        await using var provider = services.BuildServiceProvider();
        BotServices.Validated(provider);
        return await work(provider.GetRequiredService<IGitHubFactory>().Create(GitHubCallContext.None)).ConfigureAwait(false);
    }
}
