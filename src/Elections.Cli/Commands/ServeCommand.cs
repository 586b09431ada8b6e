using System.CommandLine;
using Elections.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Elections.Cli.Commands;

/// <summary><c>elections serve</c>: runs the webhook host (the same as <c>Elections.Webhooks</c>), configured by <c>ELECTIONS_*</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:8080",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
        };
        var command = new Command("serve", "Run the webhook host: POST /api/github/webhooks, GET /healthz") { urls };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            WebApplication app;
            try
            {
                app = WebhookHost.Build([$"--urls={context.Get(urls)}"]);
            }
            catch (WebhookHostConfigurationException exception)
            {
                throw new Core.Validation.InvalidInputException(
                    [.. exception.Problems.Select(problem => new Core.Validation.Problem("environment", 0, "", problem))]);
            }

            await using (app.ConfigureAwait(false))
            {
                await StartupCheck.RunAsync(app, cancellationToken).ConfigureAwait(false);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return StartupCheck.ExitCode(app) == 0 ? ExitCodes.Ok : ExitCodes.Failure;
            }
        }));
        return command;
    }
}
