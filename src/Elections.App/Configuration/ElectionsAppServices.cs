using Elections.App.Effects;
using Elections.App.Handlers;
using Elections.App.Routing;
using Elections.App.Voters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Elections.App.Configuration;

/// <summary>
/// The composition root's App part: options bound from configuration and validated at start, the
/// handlers, one applier per effect type, the effect runner and the router. The webhook host and
/// <c>elections receive</c> both call it; Infrastructure adds the store and GitHub.
/// </summary>
public static class ElectionsAppServices
{
    public static IServiceCollection AddElectionsApp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ElectionsOptions>()
            .Configure(options => ElectionsOptionsBinder.Bind(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ElectionsOptions>, ElectionsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ElectionsOptions>>().Value;
            return new BotIdentity { AppId = options.AppId, AppSlug = options.AppSlug };
        });

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, PingCommentHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, StatusCommentHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, QuestionEligibilityHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, NominationHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, StatusIssueHandler>());
        services.TryAddSingleton<Ports.IConflictGroups, Candidacy.NoConflictGroups>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, CommentApplier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, CheckRunApplier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, LabelsApplier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, StatusIssueApplier>());
        services.TryAddSingleton<VotersTeamSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, VotersTeamHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, EmailUpdateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, NonVoterNoticeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, TeamChangeApplier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, MergeApplier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, ResultsCheckHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebhookHandler, ResultsPublishedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IEffectApplier, ResultsPublicationApplier>());
        services.TryAddSingleton<EffectAppliers>();
        services.TryAddSingleton<EffectRunner>();
        services.TryAddSingleton<EventRouter>();
        return services;
    }
}
