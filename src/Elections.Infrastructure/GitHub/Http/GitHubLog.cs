using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>The client's log lines. Every line names GitHub's request id and our delivery id; none carries a token.</summary>
internal static partial class GitHubLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug,
        Message = "GitHub {Method} {Route} answered {Status} in {ElapsedMs} ms (attempt {Attempt}, request id {RequestId}, delivery {DeliveryId}, rate limit remaining {Remaining})")]
    public static partial void Answered(ILogger logger, string method, string route, int status, long elapsedMs, int attempt, string requestId, string deliveryId, string remaining);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning,
        Message = "GitHub {Method} {Route} failed ({Outcome}); retry {Attempt} in {DelayMs} ms (request id {RequestId}, delivery {DeliveryId})")]
    public static partial void Retrying(ILogger logger, string method, string route, string outcome, int attempt, long delayMs, string requestId, string deliveryId);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning,
        Message = "GitHub {Method} {Route} answered {Status}: {GitHubMessage} (request id {RequestId}, delivery {DeliveryId})")]
    public static partial void Failed(ILogger logger, string method, string route, int status, string gitHubMessage, string requestId, string deliveryId);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information,
        Message = "GitHub {Method} {Route}: the answer was lost ({Outcome}); found the {Kind} it created, not creating it again (delivery {DeliveryId})")]
    public static partial void Reconciled(ILogger logger, string method, string route, string outcome, string kind, string deliveryId);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Information,
        Message = "Minted an installation token for installation {InstallationId}, valid until {ExpiresAt}")]
    public static partial void Minted(ILogger logger, long installationId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Warning,
        Message = "GitHub GraphQL failed ({Reason}); reading the merged pull requests through REST instead")]
    public static partial void GraphQlFallback(ILogger logger, string reason);
}
