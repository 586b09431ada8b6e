namespace Elections.App.Handlers;

/// <summary>
/// The events that can change a nomination (docs/candidacy.md "Where the truth lives"): pull requests opened,
/// reopened, pushed, edited, closed; reviews submitted, edited, dismissed; comments created, edited, deleted.
/// The <c>nomination</c> and <c>status-issue</c> features both run on them.
/// </summary>
public static class NominationRoutes
{
    /// <summary>Every (event, action) pair.</summary>
    public static IReadOnlyList<Route> All { get; } =
    [
        .. new[] { "opened", "reopened", "synchronize", "edited", "closed" }.Select(a => Route.Parse($"pull_request.{a}")),
        .. new[] { "submitted", "edited", "dismissed" }.Select(a => Route.Parse($"pull_request_review.{a}")),
        .. new[] { "created", "edited", "deleted" }.Select(a => Route.Parse($"issue_comment.{a}")),
    ];
}
