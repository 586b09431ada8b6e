using System.Data.Common;
using Elections.App.Ports;

namespace Elections.Webhooks;

/// <summary>
/// <c>GET /healthz</c> (ready): 200 only when the store commits a write, else 503, so a full disk or a
/// read-only database shows. <c>GET /livez</c> (live): 200 while the process serves requests at all.
/// </summary>
internal static partial class HealthEndpoints
{
    /// <summary>A store that takes longer than this to commit one small write is reported unavailable.</summary>
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(5);

    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", ReadyAsync);
        app.MapGet("/livez", () => Results.Text("{\"status\":\"alive\"}", "application/json"));
    }

    private static async Task<IResult> ReadyAsync(IStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(WriteTimeout);
        try
        {
            await store.CheckWritableAsync(timeout.Token).ConfigureAwait(false);
            var counts = await store.CountAsync(timeout.Token).ConfigureAwait(false);
            return Results.Text($"{{\"status\":\"ok\",\"queued\":{counts.Queued}}}", "application/json");
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException or TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.NotWritable(loggers.CreateLogger(typeof(HealthEndpoints).FullName!), $"{exception.GetType().Name}: {exception.Message}");
            return Results.Text("{\"status\":\"store unavailable\"}", "application/json", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 405, Level = LogLevel.Warning, Message = "Health check: the store does not accept writes: {Reason}")]
        public static partial void NotWritable(ILogger logger, string reason);
    }
}
