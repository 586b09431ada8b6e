using System.CommandLine;
using System.Text;
using Elections.App;
using Elections.App.Configuration;
using Elections.App.ElectionFiles;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Routing;
using Elections.App.Voters;
using Elections.Core.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// <c>elections voters sync-team [--repository OWNER/NAME] [--dry-run] [--max-changes N]</c>: the voters-team
/// sync the push handler runs, from Actions or a shell (<c>GH_TOKEN</c>, <c>ELECTIONS_GITHUB_API_URL</c>). The
/// election is read as the bot reads it (the default branch, or <c>ELECTIONS_REPO_DIR</c>); effects go
/// through the same keyed journal (<c>--store</c>). The report goes to standard output and the job summary.
/// Exit 0 when the plan was applied (or printed), 2 for bad input (a broken election, a missing team), 1 when
/// GitHub fails.
/// </summary>
internal static class SyncTeamCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = BotServices.Settings(environment);
        var repository = new Option<string>("--repository")
        {
            Description = $"The election repository OWNER/NAME (default: ${ElectionsVariables.ActionsRepository})",
            DefaultValueFactory = _ => BotServices.Get(settings, ElectionsVariables.ActionsRepository) ?? "",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan; change nothing" };
        var maxChanges = new Option<int?>("--max-changes") { Description = $"The most changes this run makes (default: ${ElectionsVariables.TeamSyncMax}, else 50)" };
        var store = BotServices.StoreOption(settings);
        var command = new Command("sync-team", "Sync the voters team with the roll: invite or add voters, remove non-voters, renew expired invitations (capped)")
        {
            repository, dryRun, maxChanges, store,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var name = context.Get(repository);
            if (name.Length == 0)
            {
                throw new InvalidInputException(new Problem("command line", 0, "--repository", $"give the election repository as OWNER/NAME, or run inside GitHub Actions where {ElectionsVariables.ActionsRepository} is set"));
            }

            if (context.Parse.GetValue(maxChanges) is < 1)
            {
                throw new InvalidInputException(new Problem("command line", 0, "--max-changes", "must be at least 1"));
            }

            await using var provider = BotServices.Build(settings, context.Get(store), gitHubRequired: true);
            var options = BotServices.Validated(provider);
            var delivery = new DeliveryContext
            {
                DeliveryId = BotServices.DeliveryId(settings),
                EventName = "sync-team",
                Repository = name,
                Sender = BotServices.Get(settings, ElectionsVariables.Actor) ?? "",
                DryRun = context.Get(dryRun) || options.DryRun,
            };
            var election = await provider.GetRequiredService<ElectionGate>().OpenAsync(delivery, 0, cancellationToken).ConfigureAwait(false);
            if (!election.TryGetSnapshot(out var snapshot) || !snapshot.IsValid || !snapshot.TryGetConfig(out var config))
            {
                throw new InvalidInputException(election.Problems.Count > 0 ? election.Problems : [new Problem("command line", 0, "--repository", election.Reply.SkipReason)]);
            }

            await provider.GetRequiredService<IStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var cap = context.Parse.GetValue(maxChanges) ?? options.TeamSyncMax;
            var run = await provider.GetRequiredService<VotersTeamSync>().PlanAsync(delivery.GitHubCall, config, snapshot.Roll, election.Revision, cap, cancellationToken).ConfigureAwait(false);
            if (run.Plan is null)
            {
                throw new InvalidInputException(config.Source.ProblemAt("voters_team", run.Problem));
            }

            var runner = provider.GetRequiredService<EffectRunner>();
            var effects = new List<EffectReport>();
            foreach (var effect in run.Effects)
            {
                effects.Add(await runner.RunAsync(effect, delivery, VotersTeamSync.Feature, cancellationToken).ConfigureAwait(false));
            }

            var report = DeliveryReportMarkdown.Render(
                new DeliveryReport { Context = delivery, Handlers = [new HandlerReport { Feature = VotersTeamSync.Feature, Effects = effects, Notes = run.Notes }] },
                "elections voters sync-team");
            await output.WriteAsync(report.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (BotServices.Get(settings, ElectionsVariables.StepSummary) is { } summary)
            {
                await File.AppendAllTextAsync(summary, report + "\n", Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
