using Elections.App.Configuration;
using Elections.App.Ports.GitHub;
using Elections.App.Voters;
using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;
using Elections.Infrastructure.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using AppPullRequest = Elections.App.Ports.GitHub.MergedPullRequest;
using CoreActor = Elections.Core.Voters.Generation.ContributionActor;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// The <c>--github</c> source of <c>elections voters generate</c>: merged pull requests of the organizations'
/// repositories through GraphQL search slices (all pages), rate-limit aware through the shared GitHub client,
/// resumable from <c>.elections/cache/github/</c>, with a progress bar on a terminal.
/// </summary>
internal static class GitHubContributions
{
    public static async Task<ContributionHarvest> ReadAsync(EligibilityRules rules, string repository, TextWriter error, CancellationToken cancellationToken)
    {
        await using var provider = Provider();
        var gitHub = provider.GetRequiredService<IGitHubFactory>().Create(GitHubCallContext.None);
        var query = new ContributionQuery
        {
            Organizations = rules.Organizations,
            From = rules.ContributionsFrom,
            To = rules.ContributionsUntil,
            MergedInWindowOnly = true,
            CacheDirectory = Path.Combine(repository, ".elections", "cache", "github"),
        };
        IReadOnlyList<AppPullRequest> found;
        if (Console.IsErrorRedirected || error != Console.Error)
        {
            found = await gitHub.Search.ListMergedPullRequestsAsync(query, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            found = await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("merged pull requests", maxValue: 1);
                return await gitHub.Search.ListMergedPullRequestsAsync(
                    query with { Progress = new Progress<double>(fraction => task.Value = fraction) }, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        var source = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ElectionsOptions>>().Value.GitHubApiUrl;
        return new ContributionHarvest($"the GitHub API {source}", found.Select(ToCore).ToList(), []);
    }

    /// <summary>The <c>profile</c> and <c>commits</c> e-mail sources, for the people who still need an address (see <see cref="GitHubEmailSources"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<long, IReadOnlyList<string>>>> ReadEmailsAsync(
        EmailSources sources, IReadOnlyList<Contributor> people, CancellationToken cancellationToken)
    {
        await using var provider = Provider();
        var gitHub = provider.GetRequiredService<IGitHubFactory>().Create(GitHubCallContext.None);
        return await GitHubEmailSources.ReadAsync(gitHub, sources, people, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The GitHub client from the environment (<c>GH_TOKEN</c> or the App's credentials; <c>ELECTIONS_GITHUB_API_URL</c>).</summary>
    private static ServiceProvider Provider()
    {
        var settings = CliEnvironment.Configuration();
        var services = new ServiceCollection().AddLogging();
        services.AddElectionsApp(settings).AddElectionsGitHub(required: true);
        return services.BuildServiceProvider();
    }

    private static Core.Voters.Generation.MergedPullRequest ToCore(AppPullRequest pr) => new()
    {
        Key = $"repo:{pr.Repository.FullName.ToLowerInvariant()}#{pr.Number}",
        Repository = pr.Repository.FullName,
        Number = pr.Number,
        MergedAt = pr.MergedAt,
        Commits = pr.Commits,
        Author = pr.Author.Id > 0 ? new CoreActor(pr.Author.Id, pr.Author.Login, pr.Author.IsBot) : null,
        MergedBy = pr.MergedBy.Id > 0 ? new CoreActor(pr.MergedBy.Id, pr.MergedBy.Login, pr.MergedBy.IsBot) : null,
    };
}
