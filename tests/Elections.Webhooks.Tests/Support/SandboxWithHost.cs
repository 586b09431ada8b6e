using Elections.App.Configuration;
using Elections.Infrastructure.Tests.Store;
using Elections.Sandbox;

namespace Elections.Webhooks.Tests.Support;

/// <summary>
/// The Sandbox (App 4242, installation 42) and the real host on a SQLite store, signing in as the App with a fresh key,
/// the Sandbox's webhooks pointed at the host: the end-to-end setting of the candidacy tests.
/// </summary>
internal sealed class SandboxWithHost(TestDatabase database, SandboxServer sandbox, RunningHost host) : IAsyncDisposable
{
    public SandboxServer Sandbox => sandbox;

    public RunningHost Host => host;

    public static async Task<SandboxWithHost> StartAsync(Action<IServiceCollection> services)
    {
        var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var sandbox = await SandboxServer.StartAsync(new SandboxServerOptions { AppId = 4242, AppSlug = "elections", InstallationId = 42 });
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var host = await RunningHost.StartAsync(
            database.Setting,
            gitHub: null,
            services,
            $"--{ElectionsVariables.PrivateKey}={key.ExportRSAPrivateKeyPem()}",
            $"--{ElectionsVariables.GitHubApiUrl}={sandbox.BaseUrl}",
            $"--{ElectionsVariables.RetryDelayMs}=20");
        sandbox.Webhooks.Configure(host.WebhookUrl, RunningHost.Secret);
        return new SandboxWithHost(database, sandbox, host);
    }

    /// <summary>Waits until every webhook sent so far, and what handling it caused, is processed; nothing is left queued.</summary>
    public async Task SettleAsync()
    {
        for (var round = 0; round < 3; round++)
        {
            await sandbox.Webhooks.WaitForIdleAsync();
            await host.WaitProcessedAsync(sandbox.Webhooks.Deliveries.Where(d => d.Status == 202).Select(d => d.Id));
        }

        Assert.Equal(0, (await host.Store.CountAsync(CancellationToken.None)).Queued);
    }

    /// <summary>Every webhook sent so far, again: GitHub's redelivery (same id) and a fresh copy (new id).</summary>
    public void DeliverEverythingAgain()
    {
        foreach (var delivery in sandbox.Webhooks.Deliveries.Where(d => !d.Redelivery).ToList())
        {
            sandbox.Webhooks.Redeliver(delivery.Id);
            sandbox.Webhooks.Enqueue(new Elections.Sandbox.Webhooks.WebhookEvent(delivery.Event, System.Text.Json.Nodes.JsonNode.Parse(delivery.Body)!.AsObject()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await sandbox.DisposeAsync();
        await database.DisposeAsync();
    }
}
