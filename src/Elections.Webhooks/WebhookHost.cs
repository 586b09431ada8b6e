using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.App.Routing;
using Elections.Infrastructure.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Elections.Webhooks;

/// <summary>
/// Builds the webhook host: options from <c>ELECTIONS_*</c>, the store, the router with its
/// handlers, the endpoint and the queue workers. <c>Elections.Webhooks</c> and <c>elections serve</c>
/// both run it; tests build it with their own GitHub client.
/// </summary>
public static class WebhookHost
{
    /// <summary>
    /// Builds the app, or throws <see cref="WebhookHostConfigurationException"/> naming every problem
    /// (no secret: the host refuses to start).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = WebhookHostOptions.FromConfiguration(builder.Configuration);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new WebhookHostConfigurationException(problems);
        }

        configure?.Invoke(builder);
        if (!builder.Services.Any(service => service.ServiceType == typeof(IGitHubFactory)))
        {
            var missing = options.GitHubProblems();
            if (missing.Count > 0)
            {
                throw new WebhookHostConfigurationException(missing);
            }

            GitHubWiring.Register(builder.Services, options);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        var store = StoreFactory.Open(options.Store, TimeProvider.System);
        services.AddSingleton<IStore>(store);
        services.AddHostedService(provider => new StoreMigrator(store, provider.GetRequiredService<ILogger<StoreMigrator>>(), StoreFactory.Describe(store)));
        services.AddSingleton(new BotIdentity { AppId = options.AppId, AppSlug = options.AppSlug });
        foreach (var handler in HandlerCatalog.All())
        {
            services.AddSingleton<IWebhookHandler>(handler);
        }

        services.AddSingleton<IEffectApplier, GitHubEffectApplier>();
        services.AddSingleton<EffectRunner>();
        services.AddSingleton<EventRouter>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryWorker>());
        var app = builder.Build();
        app.MapPost(WebhookReceiver.Path, (HttpContext http, WebhookReceiver receiver) => receiver.ReceiveAsync(http));
        HealthEndpoints.Map(app);
        return app;
    }
}
