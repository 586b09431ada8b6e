using Elections.App.Ports;

namespace Elections.Webhooks;

/// <summary>GET /healthz: the store answers, and how many deliveries are queued.</summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static async Task<IResult> HealthAsync(IStore store, CancellationToken cancellationToken)
    {
        try
        {
            var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            return Results.Text($"{{\"status\":\"ok\",\"queued\":{counts.Queued}}}", "application/json");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            return Results.Text("{\"status\":\"store unavailable\"}", "application/json", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
