using System.Security.Cryptography;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Sandbox;
using Elections.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// Everything a rehearsal runs, in this process: the Sandbox (emulated GitHub) on a free loopback port, the webhook host
/// on a temporary SQLite store with webhooks signed by a fresh secret, and the SMTP sink. Disposing stops all three and
/// deletes the temporary folder, also after a failure or Ctrl-C.
/// </summary>
internal sealed class RehearsalStage : IAsyncDisposable
{
    public const string AppSlug = "elections";

    private readonly WebApplication _host;

    private RehearsalStage(SandboxServer sandbox, WebApplication host, MailSink mail, string folder)
    {
        Sandbox = sandbox;
        _host = host;
        Mail = mail;
        Folder = folder;
        Store = host.Services.GetRequiredService<IStore>();
    }

    public SandboxServer Sandbox { get; }

    public MailSink Mail { get; }

    /// <summary>The host's store: deliveries, effects and the audit log.</summary>
    public IStore Store { get; }

    /// <summary>The temporary folder (store, working copy of the election).</summary>
    public string Folder { get; }

    /// <summary>The host's settings for talking to the Sandbox as the committee's commands do.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; private init; } = new Dictionary<string, string>();

    public static async Task<RehearsalStage> StartAsync(TimeProvider clock, Action<IServiceCollection>? hostOverrides, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("elections-rehearsal-").FullName;
        SandboxServer? sandbox = null;
        MailSink? mail = null;
        WebApplication? host = null;
        try
        {
            sandbox = await SandboxServer.StartAsync(new SandboxServerOptions { AppId = 4242, AppSlug = AppSlug, InstallationId = 42, Time = clock }, cancellationToken).ConfigureAwait(false);
            mail = new MailSink();
            var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            using var rsa = RSA.Create(2048);
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [ElectionsVariables.GitHubApiUrl] = sandbox.BaseUrl.ToString(),
                [ElectionsVariables.Store] = Path.Combine(folder, "store.db"),
                [ElectionsVariables.PrivateKey] = rsa.ExportRSAPrivateKeyPem(),
                [ElectionsVariables.AppId] = "4242",
                [ElectionsVariables.AppSlug] = AppSlug,
                ["GH_TOKEN"] = "rehearsal-token",
            };
            string[] args =
            [
                "--urls=http://127.0.0.1:0",
                $"--{ElectionsVariables.WebhookSecret}={secret}",
                $"--{ElectionsVariables.RetryDelayMs}=20",
                .. environment.Where(e => e.Key != "GH_TOKEN").Select(e => $"--{e.Key}={e.Value}"),
            ];
            host = WebhookHost.Build(
                args,
                builder =>
                {
                    builder.Logging.ClearProviders();
                    builder.Services.AddSingleton(clock);
                },
                hostOverrides);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            sandbox.Webhooks.Configure(new Uri(new Uri(address), WebhookReceiver.Path), secret);
            return new RehearsalStage(sandbox, host, mail, folder) { Environment = environment, HostUrl = new Uri(address) };
        }
        catch
        {
            await StopAsync(sandbox, host, mail, folder).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The webhook host's base URL (the dashboard lives under it).</summary>
    public Uri HostUrl { get; private init; } = new("http://127.0.0.1/");

    /// <summary>Waits until every webhook was sent and the host finished every delivery (at most a minute).</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            await Sandbox.Webhooks.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
            var pending = Sandbox.Webhooks.Deliveries.Where(d => d.Status == 202).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            for (var wait = 0; wait < 1200 && pending.Count > 0; wait++)
            {
                foreach (var id in pending.ToList())
                {
                    if ((await Store.GetDeliveryAsync(id, cancellationToken).ConfigureAwait(false)).State is DeliveryState.Done or DeliveryState.Failed)
                    {
                        pending.Remove(id);
                    }
                }

                if (pending.Count > 0)
                {
                    await Task.Delay(50, cancellationToken).ConfigureAwait(false);
                }
            }

            if (pending.Count > 0)
            {
                throw new TimeoutException($"the webhook host did not finish {pending.Count} deliveries within a minute");
            }
        }
    }

    public ValueTask DisposeAsync() => StopAsync(Sandbox, _host, Mail, Folder);

    private static async ValueTask StopAsync(SandboxServer? sandbox, WebApplication? host, MailSink? mail, string folder)
    {
        if (host is not null)
        {
            await host.StopAsync().ConfigureAwait(false);
            await host.DisposeAsync().ConfigureAwait(false);
        }

        if (sandbox is not null)
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
        }

        if (mail is not null)
        {
            await mail.DisposeAsync().ConfigureAwait(false);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is harmless.
        }
    }
}
