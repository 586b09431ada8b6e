using Elections.App.Configuration;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.Composition;
using Elections.Infrastructure.ElectionFiles;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// Builds the webhook host on the one composition root (<c>AddElectionsApp</c>, <c>AddElectionsStore</c>,
/// <c>AddElectionsGitHub</c>), then the endpoint and the queue workers. <c>Elections.Webhooks</c> and
/// <c>elections serve</c> both run it; tests build it with their own GitHub client.
/// </summary>
public static class WebhookHost
{
    /// <summary>
    /// Builds the app, or throws <see cref="WebhookHostConfigurationException"/> naming every problem
    /// (no secret: the host refuses to start). The same validation runs again at start.
    /// <paramref name="overrides"/> runs after the composition root (the rehearsal's tests swap a handler there).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var services = builder.Services;
        services.AddElectionsApp(builder.Configuration).AddElectionsStore();
        if (!services.Any(service => service.ServiceType == typeof(IGitHubFactory)))
        {
            services.AddElectionsGitHub();
        }

        services.AddElectionFiles();
        overrides?.Invoke(services);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ElectionsOptions>, WebhookSecretValidator>());
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ElectionsOptions>>((kestrel, options) => kestrel.Limits.MaxRequestBodySize = options.Value.MaxBodyBytes);
        services.AddHostedService<StoreMigrator>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<BodyGate>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<RepositoryInstallations>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryWorker>());
        var app = BuildValidated(builder);
        app.MapPost(WebhookReceiver.Path, (HttpContext http, WebhookReceiver receiver) => receiver.ReceiveAsync(http));
        HealthEndpoints.Map(app);
        DashboardEndpoint.Map(app);
        return app;
    }

    /// <summary>Fails before anything starts listening, with every problem at once.</summary>
    private static WebApplication BuildValidated(WebApplicationBuilder builder)
    {
        WebApplication? app = null;
        try
        {
            app = builder.Build();
            _ = app.Services.GetRequiredService<IOptions<ElectionsOptions>>().Value;
            return app;
        }
        catch (OptionsValidationException exception)
        {
            (app as IDisposable)?.Dispose();
            throw new WebhookHostConfigurationException([.. exception.Failures]);
        }
    }
}
