using System.Data.Common;
using System.Net.Sockets;
using Elections.App.Configuration;
using Elections.App.Ports;

namespace Elections.Webhooks;

/// <summary>
/// What the host needs before it serves, checked before it starts, so a process that cannot do its job
/// exits non-zero with one line naming the setting to fix, rather than aborting with a stack trace.
/// </summary>
public static class StartupCheck
{
    /// <summary>Opens and migrates the store and builds the workers (which reads the GitHub App private key).</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        app.Services.GetRequiredService<DeliveryWorker>();
    }

    /// <summary>One line for a start-up failure: the store's come with the setting and what to check.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is DbException or SocketException or TimeoutException
            ? $"{ElectionsVariables.Store}: the store cannot be opened: {exception.Message}. Check that the database is running and reachable and that the connection string's host, port, user and password are right."
            : $"the host stopped: {exception.GetType().Name}: {exception.Message}";
    }

    /// <summary>1 when a queue worker stopped with an error (the host cannot do its job), else 0.</summary>
    public static int ExitCode(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<DeliveryWorker>().ExecuteTask is { IsFaulted: true } ? 1 : 0;
    }
}
