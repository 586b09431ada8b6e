using System.Diagnostics;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Elections.Webhooks.Tests.Support;

/// <summary>The real host on a loopback port, with a real store, GitHub at the port, and captured logs.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    public const string Secret = "test-secret-6f1c2b";

    /// <summary>
    /// For the tests whose comment authors are on no roll (the delivery pipeline's, whose <see cref="RecordingGitHub"/> serves
    /// no election at all): the non-voter notice, on by default, would read the election and answer every comment.
    /// </summary>
    public const string NoNonVoterNotice = $"--{ElectionsVariables.NonVoterNotice}=false";

    private readonly WebApplication _app;

    private RunningHost(WebApplication app, HttpClient client, CapturedLogs logs, IStore store)
    {
        _app = app;
        Client = client;
        Logs = logs;
        Store = store;
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IStore Store { get; }

    /// <summary>True once the host began to stop on its own (a failed worker stops it).</summary>
    public bool Stopping => _app.Lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>Where GitHub (the Sandbox) sends webhooks.</summary>
    public Uri WebhookUrl { get; private init; } = new("http://127.0.0.1/");

    public static Task<RunningHost> StartAsync(string store, IGitHubFactory? gitHub, params string[] settings) =>
        StartAsync(store, gitHub, _ => { }, settings);

    /// <summary>Starts the host with extra registrations (more handlers, say) made before the composition root's.</summary>
    public static async Task<RunningHost> StartAsync(string store, IGitHubFactory? gitHub, Action<IServiceCollection> services, params string[] settings)
    {
        var logs = new CapturedLogs();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--{ElectionsVariables.WebhookSecret}={Secret}",
            $"--{ElectionsVariables.Store}={store}",
            $"--{ElectionsVariables.AppId}=4242",
            $"--{ElectionsVariables.AppSlug}=elections",
            "--Logging:LogLevel:Default=Debug",
            .. settings,
        ];
        var app = WebhookHost.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            if (gitHub is not null)
            {
                builder.Services.AddSingleton(gitHub);
            }

            services(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new RunningHost(app, client, logs, app.Services.GetRequiredService<IStore>()) { WebhookUrl = new Uri(new Uri(address), WebhookReceiver.Path) };
    }

    /// <summary>Waits until every listed delivery is no longer queued (bounded: fails after 30 seconds).</summary>
    /// <summary>
    /// Waits until every delivery is done or failed. The limit only guards against a hang: on a loaded
    /// machine one subject's 500 deliveries, processed one at a time, can take well over half a minute.
    /// </summary>
    public async Task WaitProcessedAsync(IEnumerable<string> deliveryIds, int withinSeconds = 180)
    {
        var pending = deliveryIds.ToHashSet(StringComparer.Ordinal);
        var deadline = Stopwatch.StartNew();
        while (pending.Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(withinSeconds))
        {
            foreach (var id in pending.ToList())
            {
                if ((await Store.GetDeliveryAsync(id, CancellationToken.None)).State is DeliveryState.Done or DeliveryState.Failed)
                {
                    pending.Remove(id);
                }
                else
                {
                    break;
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(50);
            }
        }

        Assert.True(pending.Count == 0, $"still queued after {withinSeconds} s: {string.Join(", ", pending.Take(5))}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
