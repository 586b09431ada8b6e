using Elections.Sandbox.Admin;
using Elections.Sandbox.Faults;
using Elections.Sandbox.Rest;
using Elections.Sandbox.State;
using Elections.Sandbox.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Elections.Sandbox;

/// <summary>
/// The emulated GitHub (on 127.0.0.1 unless <see cref="SandboxServerOptions.Urls"/> says otherwise): a stateful REST server (<see cref="State"/>) that sends signed
/// webhooks (<see cref="Webhooks"/>) and injects faults (<see cref="Faults"/>). Start it in-process with
/// <see cref="StartAsync"/> or from the command line:
/// <c>elections sandbox --urls http://127.0.0.1:PORT [--seed DIR]</c> (docs/sandbox.md).
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<SandboxRequest> _requests = [];

    private SandboxServer(WebApplication app, SandboxState state, WebhookSender webhooks)
    {
        _app = app;
        State = state;
        Webhooks = webhooks;
        state.OnWebhook(webhooks.Enqueue);
    }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:54321/</c> (REST and GraphQL at <c>graphql</c>).</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The emulated GitHub's state: seed it and act as people through its methods.</summary>
    public SandboxState State { get; }

    /// <summary>Webhook configuration and the log of every webhook produced.</summary>
    public WebhookSender Webhooks { get; }

    /// <summary>Faults to inject into REST calls.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Every REST call received, in order.</summary>
    public IReadOnlyList<SandboxRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>"METHOD /_sandbox/..." for every admin route (docs/sandbox.md lists each; a test keeps them in step).</summary>
    internal IReadOnlyList<string> AdminRoutes =>
    [
        .. ((IEndpointRouteBuilder)_app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/_sandbox/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {endpoint.RoutePattern.RawText}")),
    ];

    /// <summary>Starts a Sandbox on 127.0.0.1 (port 0 = a free port) and returns once it listens.</summary>
    public static async Task<SandboxServer> StartAsync(SandboxServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxServerOptions();
        var server = Build([], options, options.Urls ?? $"http://127.0.0.1:{options.Port}");
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.ResolveBaseUrl();
        return server;
    }

    /// <summary>Runs the Sandbox until stopped (the command-line entry point; honours --urls, default http://127.0.0.1:5080).</summary>
    public static async Task RunAsync(string[] args)
    {
        if (!SandboxEnvironment.TryApply(new SandboxServerOptions { ConsoleLogging = true }, out var options, out var problem))
        {
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            Environment.ExitCode = 2;
            return;
        }

        var server = Build(args, options, args.Contains("--urls") ? null : "http://127.0.0.1:5080");
        await using (server.ConfigureAwait(false))
        {
            await server._app.StartAsync().ConfigureAwait(false);
            server.ResolveBaseUrl();
            Console.WriteLine($"Elections Sandbox (emulated GitHub) listening on {server.BaseUrl}");
            await server._app.WaitForShutdownAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl-C, SIGTERM) or <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await Webhooks.DisposeAsync().ConfigureAwait(false);
    }

    private static SandboxServer Build(string[] args, SandboxServerOptions options, string? urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddRouting();
        var app = builder.Build();
        var state = new SandboxState(options);
        var server = new SandboxServer(app, state, new WebhookSender(options.WebhookUrl, options.WebhookSecret, options.InstallationId));
        app.UseMiddleware<SandboxMiddleware>(state, server.Faults, server._requests);
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        AdminEndpoints.Map(app, server);
        RestEndpoints.Map(app, state);
        HandlerEndpoints.Map(app, state);
        PeopleEndpoints.Map(app, state);
        return server;
    }

    private void ResolveBaseUrl()
    {
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("the Sandbox has no address");
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        State.SetBaseUrl(BaseUrl.AbsoluteUri);
    }
}
