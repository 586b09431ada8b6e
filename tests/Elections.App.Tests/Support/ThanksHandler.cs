using Elections.App;
using Elections.App.Effects;
using Elections.App.Handlers;
using Elections.App.Plans;
using Octokit.Webhooks.Events;

namespace Elections.Tests.Support;

/// <summary>A second feature on <c>issue_comment.created</c>: thanks the commenter, once per comment.</summary>
internal sealed class ThanksHandler(string feature = "thanks") : WebhookHandler<IssueCommentEvent>
{
    public override string Feature => feature;

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("issue_comment.created")];

    protected override ValueTask<Plan> PlanAsync(IssueCommentEvent payload, DeliveryContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Plan.Of(new CommentEffect
        {
            IdempotencyKey = $"{feature}:{payload.Comment.Id}",
            Repository = context.Repository,
            IssueNumber = (int)payload.Issue.Number,
            Body = $"thanks, {context.Sender}",
        }));
}
