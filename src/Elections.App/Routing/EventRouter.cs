using Elections.App.Events;
using Elections.App.Handlers;
using Elections.App.Plans;
using Microsoft.Extensions.Logging;

namespace Elections.App.Routing;

/// <summary>
/// The one entry point both drivers call: picks the handler for (event, action), asks it for a
/// plan, and runs the plan's effects. Events the bot caused itself are ignored.
/// </summary>
public sealed partial class EventRouter
{
    private readonly Dictionary<(string Event, string Action), IWebhookHandler> _handlers = [];
    private readonly EffectRunner _runner;
    private readonly BotIdentity _bot;
    private readonly ILogger<EventRouter> _logger;

    public EventRouter(IEnumerable<IWebhookHandler> handlers, EffectRunner runner, BotIdentity bot, ILogger<EventRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            var key = (handler.EventName, handler.Action ?? "");
            if (!_handlers.TryAdd(key, handler))
            {
                throw new ArgumentException(
                    $"two handlers for {Describe(key)}: {_handlers[key].GetType().Name} and {handler.GetType().Name}; keep one handler per (event, action)",
                    nameof(handlers));
            }
        }

        _runner = runner;
        _bot = bot;
        _logger = logger;
    }

    /// <summary>The (event, action) pairs with a handler, as <c>event.action</c>.</summary>
    public IReadOnlyList<string> Routes => [.. _handlers.Keys.Select(Describe).Order(StringComparer.Ordinal)];

    public async Task<DeliveryReport> RouteAsync(DeliveryContext context, WebhookEvent payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        using var scope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["DeliveryId"] = context.DeliveryId,
            ["Event"] = context.Key,
            ["Repository"] = context.Repository,
            ["InstallationId"] = context.InstallationId,
        });

        var selfCaused = _bot.SelfCausedReason(payload);
        if (selfCaused.Length > 0)
        {
            Log.Ignored(_logger, context.Key, selfCaused);
            return new DeliveryReport { Context = context, IgnoredReason = selfCaused };
        }

        if (!_handlers.TryGetValue((context.EventName, context.Action ?? ""), out var handler))
        {
            var reason = $"no handler for {context.Key}";
            Log.Ignored(_logger, context.Key, reason);
            return new DeliveryReport { Context = context, IgnoredReason = reason };
        }

        var name = handler.GetType().Name;
        var plan = await handler.PlanAsync(payload, context, cancellationToken).ConfigureAwait(false);
        if (plan.IsSkip)
        {
            Log.Skipped(_logger, name, plan.SkipReason);
            return new DeliveryReport
            {
                Context = context,
                Handlers = [new HandlerReport { Handler = name, SkipReason = plan.SkipReason }],
            };
        }

        Log.Planned(_logger, name, plan.Effects.Count, context.DryRun);
        var effects = new List<EffectReport>(plan.Effects.Count);
        foreach (var effect in plan.Effects)
        {
            effects.Add(await _runner.RunAsync(effect, context, name, cancellationToken).ConfigureAwait(false));
        }

        return new DeliveryReport
        {
            Context = context,
            Handlers = [new HandlerReport { Handler = name, Effects = effects }],
        };
    }

    private static string Describe((string Event, string Action) key) =>
        key.Action.Length == 0 ? key.Event : $"{key.Event}.{key.Action}";

    private static partial class Log
    {
        [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Ignored {Event}: {Reason}")]
        public static partial void Ignored(ILogger logger, string @event, string reason);

        [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "{Handler} skipped: {Reason}")]
        public static partial void Skipped(ILogger logger, string handler, string reason);

        [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "{Handler} planned {Count} effect(s); dry run: {DryRun}")]
        public static partial void Planned(ILogger logger, string handler, int count, bool dryRun);
    }
}
