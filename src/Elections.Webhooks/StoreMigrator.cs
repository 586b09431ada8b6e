using Elections.App.Ports;
using Elections.Infrastructure.Store;

namespace Elections.Webhooks;

/// <summary>Brings the store's schema up to date before the endpoint and the workers start.</summary>
internal sealed partial class StoreMigrator(IStore store, ILogger<StoreMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var description = StoreFactory.Describe(store);
        Log.Ready(logger, description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Store ready: {Store}")]
        public static partial void Ready(ILogger logger, string store);
    }
}
