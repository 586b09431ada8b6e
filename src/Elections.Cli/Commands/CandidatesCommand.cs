using System.CommandLine;
using Elections.App.Candidacy;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Composition;
using Elections.Infrastructure.ElectionFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Commands;

/// <summary><c>elections candidates finalise [--github OWNER/REPO] [--dry-run] [--force]</c>: the end of the candidacy phase.</summary>
internal static class CandidatesCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("candidates", "Nominations and candidates");
        command.Subcommands.Add(Finalise(output, error, clock));
        return command;
    }

    private static Command Finalise(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var github = new Option<string?>("--github")
        {
            Description = "The election repository on GitHub, OWNER/REPO (default: $GITHUB_REPOSITORY); token from GH_TOKEN, API from ELECTIONS_GITHUB_API_URL",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"),
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be merged, closed and published; change nothing" };
        var force = new Option<bool>("--force") { Description = "Finalise before the endorsement deadline" };
        var store = ConflictsCommand.StoreOption();
        var command = new Command("finalise", "At the deadline: merge confirmed nominations, close the rest saying why, publish the candidate list, conflict pairs and lock-in record")
        {
            github, dryRun, force, store,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            if (!RepositoryRef.TryParse(context.Get(github), out var repository))
            {
                throw new InvalidInputException(new Problem("command line", 0, "--github", "give the election repository as OWNER/REPO (or run in Actions, where GITHUB_REPOSITORY is set)"));
            }

            var settings = new ConfigurationBuilder()
                .AddEnvironmentVariables()
                .AddInMemoryCollection([new(ElectionsVariables.Store, context.Get(store))])
                .Build();
            var services = new ServiceCollection().AddLogging();
            services.AddElectionsApp(settings).AddElectionsStore().AddElectionsGitHub().AddElectionFiles();
            await using var provider = services.BuildServiceProvider();
            ReceiveCommand.Validated(provider);
            var read = await provider.GetRequiredService<IElectionFiles>().ReadAsync(repository, GitHubCallContext.None, ct).ConfigureAwait(false);
            if (!read.TryGetSources(out var sources))
            {
                throw new InvalidInputException(new Problem(repository.FullName, 0, "config/election.yml", "the default branch holds no election: check --github"));
            }

            var snapshot = ElectionSnapshotReader.Read(sources);
            if (!snapshot.TryGetConfig(out var config))
            {
                throw new InvalidInputException(snapshot.Problems);
            }

            var deadline = config.Timeline.EndorsementsClose;
            if (!deadline.HasPassed(clock.GetUtcNow()) && !context.Get(force))
            {
                throw new InvalidInputException(new Problem(
                    "command line", 0, "finalise",
                    $"endorsements, acceptances and forms are open until {deadline}: nominations can still change. Run finalise after that, or pass --force to finalise now"));
            }

            await provider.GetRequiredService<IStore>().MigrateAsync(ct).ConfigureAwait(false);
            var groups = await provider.GetRequiredService<IConflictGroups>().ReadAsync(repository.FullName, ct).ConfigureAwait(false);
            var client = provider.GetRequiredService<IGitHubFactory>().Create(GitHubCallContext.None);
            var report = await new CandidacyFinaliser(client, repository).RunAsync(snapshot, config, groups, context.Get(dryRun), ct).ConfigureAwait(false);
            var text = string.Concat(report.Actions.Select(a => (context.Get(dryRun) ? "would " : "") + a + "\n"))
                + $"{report.Candidates.Count} candidate(s); candidate list sha256 {report.Sha256}\n"
                + string.Concat(report.Failures.Select(f => $"failed: {f}\n"));
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return report.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }
}
