using System.Runtime.ExceptionServices;
using Elections.App.ElectionFiles;
using Elections.App.Events;
using Elections.App.Handlers;
using Elections.App.Plans;
using Microsoft.Extensions.Logging;
using Octokit.Webhooks;

namespace Elections.App.Routing;

/// <summary>
/// The one entry point both drivers call. Fan-out: every handler with a route matching the
/// delivery's (event, action) plans for it, and each plan's effects run. A handler that fails does
/// not stop the others; the delivery fails after all have run, so a retry redoes only what is left
/// (applied effects are in the journal). Events the bot caused itself are ignored. Handlers that
/// require the election get it from the <see cref="ElectionGate"/> (default branch, cached per commit):
/// without one they are skipped; with a broken one the issue or pull request gets the problems instead.
/// </summary>
public sealed partial class EventRouter
{
    private readonly IReadOnlyList<IWebhookHandler> _handlers;
    private readonly EffectRunner _runner;
    private readonly BotIdentity _bot;
    private readonly ElectionGate _gate;
    private readonly ILogger<EventRouter> _logger;

    /// <summary>The feature name of the reply listing a broken election's problems.</summary>
    public const string ElectionFilesFeature = "election-files";

    public EventRouter(IEnumerable<IWebhookHandler> handlers, EffectRunner runner, BotIdentity bot, ElectionGate gate, ILogger<EventRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = [.. handlers];
        var twice = _handlers.GroupBy(handler => handler.Feature, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException(
                $"two handlers name the feature '{twice.Key}': {string.Join(" and ", twice.Select(h => h.GetType().Name))}; give each feature its own name",
                nameof(handlers));
        }

        _runner = runner;
        _bot = bot;
        _gate = gate;
        _logger = logger;
    }

    /// <summary>Every handler's routes, as <c>feature: event.action</c>.</summary>
    public IReadOnlyList<string> Routes =>
        [.. _handlers.SelectMany(handler => handler.Routes.Select(route => $"{handler.Feature}: {route}")).Order(StringComparer.Ordinal)];

    /// <summary>True when some handler routes <paramref name="eventName"/> (any action): the endpoint queues only those.</summary>
    public bool Handles(string eventName) =>
        _handlers.Any(handler => handler.Routes.Any(route => string.Equals(route.EventName, eventName, StringComparison.Ordinal)));

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

        var matching = _handlers.Where(handler => handler.Routes.Any(route => route.Matches(context.EventName, context.Action))).ToList();
        if (matching.Count == 0)
        {
            var reason = $"no handler for {context.Key}";
            Log.Ignored(_logger, context.Key, reason);
            return new DeliveryReport { Context = context, IgnoredReason = reason };
        }

        var election = matching.Any(handler => handler.RequiresElection && handler.Applies(payload))
            ? await _gate.OpenAsync(context, EventIssue.NumberOf(payload), cancellationToken).ConfigureAwait(false)
            : null;
        if (election is { Status: ElectionGateStatus.NotAnElection } && matching.All(handler => handler.RequiresElection))
        {
            Log.Ignored(_logger, context.Key, election.Reply.SkipReason);
            return new DeliveryReport { Context = context, IgnoredReason = election.Reply.SkipReason };
        }

        var reports = new List<HandlerReport>(matching.Count + 1);
        if (election is { Status: ElectionGateStatus.Broken })
        {
            reports.Add(await RunPlanAsync(ElectionFilesFeature, election.Reply, context, cancellationToken).ConfigureAwait(false));
        }

        ExceptionDispatchInfo? firstFailure = null;
        foreach (var handler in matching)
        {
            if (handler.RequiresElection && handler.Applies(payload) && (election is null || !election.TryGetSnapshot(out _)))
            {
                reports.Add(new HandlerReport { Feature = handler.Feature, SkipReason = WhyNoElection(election) });
                continue;
            }

            try
            {
                var handlerContext = handler.RequiresElection && election is not null && election.TryGetSnapshot(out var snapshot) ? context with { Election = snapshot } : context;
                var plan = await handler.PlanAsync(payload, handlerContext, cancellationToken).ConfigureAwait(false);
                reports.Add(await RunPlanAsync(handler.Feature, plan, handlerContext, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.HandlerFailed(_logger, handler.Feature, exception.Message);
                firstFailure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        firstFailure?.Throw();
        return new DeliveryReport { Context = context, Handlers = reports };
    }

    private static string WhyNoElection(ElectionGateResult? election) => election switch
    {
        { Status: ElectionGateStatus.Broken } broken => $"the election files of {broken.Key} at {broken.Revision} have {broken.Problems.Count} problem(s)",
        { } other => other.Reply.SkipReason,
        null => "no election was read",
    };

    private async Task<HandlerReport> RunPlanAsync(string feature, Plan plan, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (plan.IsSkip)
        {
            Log.Skipped(_logger, feature, plan.SkipReason);
            return new HandlerReport { Feature = feature, SkipReason = plan.SkipReason };
        }

        Log.Planned(_logger, feature, plan.Effects.Count, context.DryRun);
        var effects = new List<EffectReport>(plan.Effects.Count);
        foreach (var effect in plan.Effects)
        {
            effects.Add(await _runner.RunAsync(effect, context, feature, cancellationToken).ConfigureAwait(false));
        }

        return new HandlerReport { Feature = feature, Effects = effects, Notes = plan.Notes };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Ignored {Event}: {Reason}")]
        public static partial void Ignored(ILogger logger, string @event, string reason);

        [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "{Feature} skipped: {Reason}")]
        public static partial void Skipped(ILogger logger, string feature, string reason);

        [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "{Feature} planned {Count} effect(s); dry run: {DryRun}")]
        public static partial void Planned(ILogger logger, string feature, int count, bool dryRun);

        [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "{Feature} failed; the other features still ran: {Reason}")]
        public static partial void HandlerFailed(ILogger logger, string feature, string reason);
    }
}
