using System.Text;
using Elections.App.Effects;
using Elections.App.ElectionFiles;
using Elections.App.Events;
using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.App.Routing;
using Elections.Infrastructure.ElectionFiles;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elections.App.Tests.Support;

/// <summary>The router over a real SQLite store in a temporary folder and a recording applier.</summary>
internal sealed class RouterHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-router-");

    private RouterHarness(IEnumerable<IWebhookHandler>? handlers, string? electionFolder)
    {
        Store = new SqliteStore(Path.Combine(_folder.FullName, "store.db"), TimeProvider.System);
        var runner = new EffectRunner(Store, new EffectAppliers([Applier]), TimeProvider.System, NullLogger<EffectRunner>.Instance);
        var gate = new ElectionGate(new FolderElectionFiles(electionFolder ?? _folder.FullName), NullLogger<ElectionGate>.Instance);
        Router = new EventRouter(handlers ?? [new PingCommentHandler()], runner, new BotIdentity { AppId = 4242, AppSlug = "elections" }, gate, NullLogger<EventRouter>.Instance);
    }

    public SqliteStore Store { get; }

    public RecordingApplier Applier { get; } = new();

    public EventRouter Router { get; }

    /// <summary>The router; handlers that require an election read it from <paramref name="electionFolder"/> (default: an empty folder, no election).</summary>
    public static async Task<RouterHarness> CreateAsync(IEnumerable<IWebhookHandler>? handlers = null, string? electionFolder = null)
    {
        var harness = new RouterHarness(handlers, electionFolder);
        await harness.Store.MigrateAsync(CancellationToken.None);
        return harness;
    }

    public Task<DeliveryReport> RouteAsync(string eventName, string json, string deliveryId = "d-1", bool dryRun = false)
    {
        Assert.True(WebhookEventReader.TryRead(eventName, Encoding.UTF8.GetBytes(json), out var payload, out var error), error);
        return Router.RouteAsync(DeliveryContext.For(deliveryId, eventName, payload, dryRun), payload, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
