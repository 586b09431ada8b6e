using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Routing;

/// <summary>
/// Who the bot is, so the router can ignore events the bot caused itself (its own comments would
/// otherwise trigger it again, forever).
/// </summary>
public sealed record BotIdentity
{
    /// <summary>The GitHub App id; matched against <c>performed_via_github_app.id</c>.</summary>
    public long? AppId { get; init; }

    /// <summary>The App slug; its sender login is <c>{slug}[bot]</c>.</summary>
    public string? AppSlug { get; init; }

    /// <summary>The reason the event is the bot's own, or empty when it is not.</summary>
    public string SelfCausedReason(WebhookEvent payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (AppSlug is { Length: > 0 } slug
            && payload.Sender is { } sender
            && string.Equals(sender.Login, slug + "[bot]", StringComparison.OrdinalIgnoreCase))
        {
            return $"sender {sender.Login} is this bot";
        }

        if (AppId is { } id && PerformedVia(payload) == id)
        {
            return $"performed via this App (id {id})";
        }

        return "";
    }

    /// <summary>The App that made the change, when the payload says so (comments, issues).</summary>
    private static long? PerformedVia(WebhookEvent payload) => payload switch
    {
        IssueCommentEvent comment => comment.Comment.PerformedViaGithubApp?.Id,
        IssuesEvent issue => issue.Issue.PerformedViaGithubApp?.Id,
        _ => null,
    };
}
