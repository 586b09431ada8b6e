using System.Collections;
using System.CommandLine;
using Elections.App;
using Elections.App.Events;
using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.App.Routing;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;
using Elections.Infrastructure.GitHub;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections receive</c>: runs one event through the same router as the webhook host, from
/// GitHub Actions (<c>GITHUB_EVENT_NAME</c>, <c>GITHUB_EVENT_PATH</c>, <c>GH_TOKEN</c>), and writes what
/// it did (or, with <c>--dry-run</c>, would do) to the job summary.
/// </summary>
internal static class ReceiveCommand
{
    private const long MaxPayloadBytes = 25L * 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var env = environment ?? ReadEnvironment();
        string? Env(string name) => env.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        var eventOption = new Option<string>("--event")
        {
            Description = "The event name (default: $GITHUB_EVENT_NAME)",
            DefaultValueFactory = _ => Env("GITHUB_EVENT_NAME") ?? "",
        };
        var payloadOption = new Option<string>("--payload")
        {
            Description = "The event payload JSON file (default: $GITHUB_EVENT_PATH)",
            DefaultValueFactory = _ => Env("GITHUB_EVENT_PATH") ?? "",
        };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Report what would be done; change nothing" };
        var storeOption = new Option<string>("--store")
        {
            Description = "The effects journal: a SQLite file or a PostgreSQL connection string (default: $ELECTIONS_STORE, else a file in the temp folder)",
            DefaultValueFactory = _ => Env("ELECTIONS_STORE") ?? Path.Combine(Path.GetTempPath(), "elections", StoreFactory.DefaultSqlitePath),
        };

        var command = new Command("receive", "Handle one GitHub event (from Actions) with the same router as the webhook host")
        {
            eventOption, payloadOption, dryRunOption, storeOption,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var eventName = context.Get(eventOption);
            var payloadPath = context.Get(payloadOption);
            var dryRun = context.Get(dryRunOption);
            if (eventName.Length == 0 || payloadPath.Length == 0)
            {
                throw new InvalidInputException(new Problem(
                    "command line", 0, eventName.Length == 0 ? "--event" : "--payload",
                    "give --event NAME and --payload FILE, or run inside GitHub Actions where GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are set"));
            }

            var payload = Parse(eventName, payloadPath);
            var deliveryId = Env("GITHUB_RUN_ID") is { } run ? $"run-{run}-{Env("GITHUB_RUN_ATTEMPT") ?? "1"}" : $"local-{Guid.NewGuid():N}";
            var delivery = DeliveryContext.For(deliveryId, eventName, payload, dryRun);

            await using var store = StoreFactory.Open(context.Get(storeOption), TimeProvider.System);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            using var gitHub = GitHub(env, dryRun);
            var runner = new EffectRunner(store, new GitHubEffectApplier(gitHub), TimeProvider.System, NullLogger<EffectRunner>.Instance);
            var router = new EventRouter(HandlerCatalog.All(), runner, Bot(Env), NullLogger<EventRouter>.Instance);
            var report = await router.RouteAsync(delivery, payload, cancellationToken).ConfigureAwait(false);

            var summary = DeliveryReportMarkdown.Render(report);
            await output.WriteAsync(summary).ConfigureAwait(false);
            if (Env("GITHUB_STEP_SUMMARY") is { } summaryPath)
            {
                await File.AppendAllTextAsync(summaryPath, summary + "\n", cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static WebhookEvent Parse(string eventName, string path)
    {
        var text = InputFile.ReadText(path, path, MaxPayloadBytes);
        if (!WebhookEventParser.TryParse(eventName, System.Text.Encoding.UTF8.GetBytes(text), out var payload, out var problem))
        {
            throw new InvalidInputException(new Problem(path, 0, "", problem));
        }

        return payload;
    }

    private static BotIdentity Bot(Func<string, string?> env) => new()
    {
        AppId = long.TryParse(env("ELECTIONS_APP_ID"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
        AppSlug = env("ELECTIONS_APP_SLUG"),
    };

    /// <summary>The GitHub client from GH_TOKEN (or App credentials); with dry run and no credentials, one that refuses calls.</summary>
    private static GitHubFactoryLease GitHub(IReadOnlyDictionary<string, string> env, bool dryRun)
    {
        try
        {
            var factory = new GitHubClientFactory(GitHubEnvironment.Read(env));
            return new GitHubFactoryLease(factory, factory);
        }
        catch (InvalidInputException) when (dryRun)
        {
            return new GitHubFactoryLease(new NoGitHub(), null);
        }
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? "";
        }

        return variables;
    }

    private sealed class GitHubFactoryLease(IGitHubFactory factory, IDisposable? owned) : IGitHubFactory, IDisposable
    {
        public IGitHub Create(GitHubCallContext context) => factory.Create(context);

        public void Dispose() => owned?.Dispose();
    }

    private sealed class NoGitHub : IGitHubFactory
    {
        public IGitHub Create(GitHubCallContext context) =>
            throw new InvalidOperationException("no GitHub credentials: set GH_TOKEN to let the handlers read GitHub");
    }
}
