namespace Elections.App.Events;

/// <summary>The <c>X-GitHub-Event</c> / <c>GITHUB_EVENT_NAME</c> values the router understands.</summary>
public static class EventNames
{
    public const string PullRequest = "pull_request";
    public const string PullRequestReview = "pull_request_review";
    public const string IssueComment = "issue_comment";
    public const string Issues = "issues";
    public const string Push = "push";
    public const string WorkflowDispatch = "workflow_dispatch";
    public const string Schedule = "schedule";
    public const string Installation = "installation";
    public const string Membership = "membership";
    public const string Organization = "organization";

    /// <summary>Sent once when a webhook is created; answered, never routed.</summary>
    public const string Ping = "ping";

    /// <summary>Every event name with a typed payload, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PullRequest, PullRequestReview, IssueComment, Issues, Push,
        WorkflowDispatch, Schedule, Installation, Membership, Organization,
    ];
}
