using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Events;

/// <summary>The issue or pull request a typed event concerns, where the bot can reply.</summary>
public static class EventIssue
{
    /// <summary>The issue or pull request number; 0 when the event concerns none (push, installation …).</summary>
    public static int NumberOf(WebhookEvent payload) => payload switch
    {
        IssueCommentEvent comment => checked((int)comment.Issue.Number),
        IssuesEvent issue => checked((int)issue.Issue.Number),
        PullRequestEvent pull => checked((int)pull.PullRequest.Number),
        PullRequestReviewEvent review => checked((int)review.PullRequest.Number),
        PullRequestReviewCommentEvent reviewComment => checked((int)reviewComment.PullRequest.Number),
        _ => 0,
    };
}
