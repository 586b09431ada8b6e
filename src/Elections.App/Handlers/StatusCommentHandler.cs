using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Presentation;
using Elections.Core.Status;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// <c>!status</c> in a new comment: the bot replies with where the repository's election stands now
/// (phase, next deadlines in AoE and UTC, voters and nominees), as <c>elections status</c> prints it,
/// read from the default branch. Once per comment, however often the event is delivered.
/// </summary>
public sealed class StatusCommentHandler(TimeProvider time) : WebhookHandler<IssueCommentEvent>
{
    public const string Command = "!status";

    public override string Feature => "status";

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("issue_comment.created")];

    public override bool RequiresElection => true;

    protected override bool Applies(IssueCommentEvent payload) => payload?.Comment.Body.Contains(Command, StringComparison.Ordinal) == true;

    protected override ValueTask<Plan> PlanAsync(IssueCommentEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(payload))
        {
            return ValueTask.FromResult(Plan.Skip($"comment {payload.Comment.Id} has no {Command}"));
        }

        if (context.Election is not { } election || !election.TryGetConfig(out var config))
        {
            return ValueTask.FromResult(Plan.Skip("no election was read for this repository"));
        }

        var status = ElectionStatus.Of(config, election.Roll, election.Candidates, time.GetUtcNow());
        return ValueTask.FromResult(Plan.Of(new CommentEffect
        {
            IdempotencyKey = $"status:{context.Repository}:{payload.Comment.Id}",
            Repository = context.Repository,
            IssueNumber = checked((int)payload.Issue.Number),
            Body = $"@{payload.Comment.User.Login}, the election as it stands, read from the default branch:\n\n```\n{StatusText.Render(status)}```\n",
        }));
    }
}
