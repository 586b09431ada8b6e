using System.CommandLine;
using System.Text;
using Elections.App;
using Elections.App.Configuration;
using Elections.App.Events;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Routing;
using Elections.Core.Validation;
using Elections.Infrastructure.Composition;
using Elections.Infrastructure.ElectionFiles;
using Elections.Infrastructure.Files;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Octokit.Webhooks;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections receive</c>: runs one event through the same router as the webhook host, built by the
/// same composition root, from GitHub Actions (<c>GITHUB_EVENT_NAME</c>, <c>GITHUB_EVENT_PATH</c>,
/// <c>GH_TOKEN</c>), and writes what it did (or, with <c>--dry-run</c>, would do) to the job summary.
/// </summary>
internal static class ReceiveCommand
{
    private const long MaxPayloadBytes = 25L * 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = BotServices.Settings(environment);
        string? Env(string name) => BotServices.Get(settings, name);

        var eventOption = new Option<string>("--event")
        {
            Description = $"The event name (default: ${ElectionsVariables.EventName})",
            DefaultValueFactory = _ => Env(ElectionsVariables.EventName) ?? "",
        };
        var payloadOption = new Option<string>("--payload")
        {
            Description = $"The event payload JSON file (default: ${ElectionsVariables.EventPath})",
            DefaultValueFactory = _ => Env(ElectionsVariables.EventPath) ?? "",
        };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Report what would be done; change nothing" };
        var storeOption = BotServices.StoreOption(settings);

        var command = new Command("receive", "Handle one GitHub event (from Actions) with the same router as the webhook host")
        {
            eventOption, payloadOption, dryRunOption, storeOption,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var eventName = context.Get(eventOption);
            var payloadPath = context.Get(payloadOption);
            if (eventName.Length == 0 || payloadPath.Length == 0)
            {
                throw new InvalidInputException(new Problem(
                    "command line", 0, eventName.Length == 0 ? "--event" : "--payload",
                    $"give --event NAME and --payload FILE, or run inside GitHub Actions where {ElectionsVariables.EventName} and {ElectionsVariables.EventPath} are set"));
            }

            var payload = Read(eventName, payloadPath);
            await using var provider = BotServices.Build(settings, context.Get(storeOption), gitHubRequired: !context.Get(dryRunOption));
            var options = BotServices.Validated(provider);
            var dryRun = context.Get(dryRunOption) || options.DryRun;
            var delivery = DeliveryContext.For(BotServices.DeliveryId(settings), eventName, payload, dryRun);

            await provider.GetRequiredService<IStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var report = await provider.GetRequiredService<EventRouter>().RouteAsync(delivery, payload, cancellationToken).ConfigureAwait(false);

            var summary = DeliveryReportMarkdown.Render(report);
            await output.WriteAsync(summary).ConfigureAwait(false);
            if (Env(ElectionsVariables.StepSummary) is { } summaryPath)
            {
                await File.AppendAllTextAsync(summaryPath, summary + "\n", cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static WebhookEvent Read(string eventName, string path)
    {
        var text = InputFile.ReadText(path, path, MaxPayloadBytes);
        if (!WebhookEventReader.TryRead(eventName, Encoding.UTF8.GetBytes(text), out var payload, out var problem))
        {
            throw new InvalidInputException(new Problem(path, 0, "", problem));
        }

        return payload;
    }
}
