using Elections.App.Effects;
using Elections.App.Plans;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// The demo handler: a new comment containing <c>!ping</c> gets a <c>pong</c> reply, once per
/// comment however often the event is delivered. It exercises the whole pipeline end to end.
/// </summary>
public sealed class PingCommentHandler : WebhookHandler<IssueCommentEvent>
{
    public const string Command = "!ping";

    public override string Feature => "ping";

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("issue_comment.created")];

    protected override ValueTask<Plan> PlanAsync(IssueCommentEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!payload.Comment.Body.Contains(Command, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(Plan.Skip($"comment {payload.Comment.Id} has no {Command}"));
        }

        if (payload.Repository is null)
        {
            return ValueTask.FromResult(Plan.Skip("the payload names no repository"));
        }

        var repository = payload.Repository.FullName;
        return ValueTask.FromResult(Plan.Of(new CommentEffect
        {
            IdempotencyKey = $"ping:{repository}:{payload.Comment.Id}",
            Repository = repository,
            IssueNumber = checked((int)payload.Issue.Number),
            Body = $"pong (@{payload.Comment.User.Login})",
        }));
    }
}
