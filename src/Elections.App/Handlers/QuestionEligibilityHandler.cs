using Elections.App.Effects;
using Elections.App.Plans;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// A question to the candidates (an issue with <c>labels.question</c>, issue 10 item 6) asked by someone not on the voter
/// roll gets <c>labels.non_eligible_question</c>, once per issue: candidates may still answer, but it is left off
/// their Q&amp;A pages (docs/candidacy.md "Questions and answers"). Read from the payload and the default branch's roll.
/// </summary>
public sealed class QuestionEligibilityHandler : WebhookHandler<IssuesEvent>
{
    public override string Feature => "question-eligibility";

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("issues.opened"), Route.Parse("issues.labeled")];

    public override bool RequiresElection => true;

    protected override bool Applies(IssuesEvent payload) => payload?.Issue.PullRequest is null && payload?.Issue.Labels?.Count > 0;

    protected override ValueTask<Plan> PlanAsync(IssuesEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Election is not { } election || !election.TryGetConfig(out var config))
        {
            return ValueTask.FromResult(Plan.Skip("no election was read for this repository"));
        }

        var issue = payload.Issue;
        var labels = (issue.Labels ?? []).Select(l => l.Name).ToList();
        if (!labels.Contains(config.Labels.Question, StringComparer.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult(Plan.Skip($"#{issue.Number} is not a question"));
        }

        if (election.Roll.TryFindById(issue.User.Id, out _))
        {
            return ValueTask.FromResult(Plan.Skip($"#{issue.Number} was asked by a voter"));
        }

        if (labels.Contains(config.Labels.NonEligibleQuestion, StringComparer.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult(Plan.Skip($"#{issue.Number} is already labelled {config.Labels.NonEligibleQuestion}"));
        }

        return ValueTask.FromResult(Plan.Of(new LabelsEffect
        {
            IdempotencyKey = $"non-eligible-question:{context.Repository}:{issue.Number}",
            Repository = context.Repository,
            IssueNumber = checked((int)issue.Number),
            Add = [config.Labels.NonEligibleQuestion],
        }));
    }
}
