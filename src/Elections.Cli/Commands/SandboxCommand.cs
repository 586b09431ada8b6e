using System.CommandLine;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;
using Elections.Sandbox;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections sandbox --urls URL [--seed DIR]</c>: the emulated GitHub as a standalone server until
/// Ctrl-C or SIGTERM; webhooks go to SANDBOX_WEBHOOK_URL signed with SANDBOX_WEBHOOK_SECRET. docs/sandbox.md.
/// </summary>
internal static class SandboxCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5080 (port 0 picks a free one)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var seed = new Option<DirectoryInfo?>("--seed")
        {
            Description = "An election folder (config/election.yml, voters.json, candidates/) to create the organization, people and repository from",
        };
        var command = new Command("sandbox", "Run the emulated GitHub (REST API and the /_sandbox admin API, see docs/sandbox.md)") { urls, seed };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var url = context.Get(urls);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttp)
            {
                throw new InvalidInputException(new Problem("--urls", 0, "", $"'{url}' is not an http URL; write it like http://127.0.0.1:5080"));
            }

            var loaded = context.Get(seed) is { } folder ? ElectionFolder.Load(folder.FullName) : null;
            if (loaded is { IsValid: false })
            {
                throw new InvalidInputException(loaded.Problems);
            }

            if (!SandboxEnvironment.TryApply(new SandboxServerOptions { Urls = url, ConsoleLogging = true }, out var options, out var problem))
            {
                throw new InvalidInputException(new Problem("environment", 0, SandboxEnvironment.WebhookUrl, problem));
            }

            var server = await SandboxServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                var lines = new List<string> { $"Elections Sandbox (emulated GitHub) listening on {server.BaseUrl}" };
                if (loaded is not null && loaded.TryGetConfig(out var config))
                {
                    var summary = SandboxSeed.Apply(server.State, context.Get(seed)!.FullName, config, loaded.Roll);
                    lines.Add($"Seeded {summary.Repository}: {summary.Users} users, team {config.VotersTeam}, {summary.Files} files on main"
                        + (summary.SkippedFiles.Count == 0 ? "" : $" (skipped, not UTF-8 text or over 1 MB: {string.Join(", ", summary.SkippedFiles)})")
                        + (summary.GovernanceRepository.Length == 0 ? "" : $"; governance repository {summary.GovernanceRepository} with {config.Results.GovernanceFile!.Path}"));
                }

                lines.Add(options.AdminToken is null
                    ? $"Admin API {server.BaseUrl}_sandbox/ answers loopback callers only; set {SandboxEnvironment.AdminToken} to let others in with Authorization: Bearer <token>"
                    : $"Admin API {server.BaseUrl}_sandbox/: callers beyond loopback send Authorization: Bearer <{SandboxEnvironment.AdminToken}>");
                lines.Add(options.WebhookUrl is null
                    ? $"Webhooks are recorded, not sent: set {SandboxEnvironment.WebhookUrl} (and {SandboxEnvironment.WebhookSecret}) or POST /_sandbox/webhook"
                    : $"Webhooks go to {options.WebhookUrl}" + (options.WebhookSecret is null ? " unsigned" : $" signed with {SandboxEnvironment.WebhookSecret}"));
                lines.Add("Press Ctrl-C to stop.");
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
