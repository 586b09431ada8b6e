using Elections.App.Candidacy;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.App.Presentation;
using Elections.Core.Candidacy;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// The pinned status issue (issue 10 item 7; docs/candidacy.md "The pinned status issue"): at every event that can
/// change a nomination (pull request opened, pushed, closed, reopened; reviews; comments on pull requests), recomputes
/// the standings <c>elections candidates status --github</c> lists and brings the one status issue in line: created
/// and pinned once per election (the journal holds the creating effect), then edited only when its body differs.
/// </summary>
public sealed class StatusIssueHandler(IGitHubFactory gitHub, IConflictGroups conflictGroups, IStore store) : IWebhookHandler
{
    public string Feature => "status-issue";

    public IReadOnlyList<Route> Routes => NominationRoutes.All;

    public bool RequiresElection => true;

    public bool Applies(WebhookEvent payload) => payload switch
    {
        PullRequestEvent or PullRequestReviewEvent => true,
        IssueCommentEvent comment => comment.Issue.PullRequest is not null,
        _ => false,
    };

    public async ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Election is not { } snapshot || !snapshot.TryGetConfig(out var config))
        {
            return Plan.Skip("no election was read for this repository");
        }

        var repository = RepositoryRef.Parse(context.Repository);
        var client = gitHub.Create(context.GitHubCall);
        var election = new CandidacyElection
        {
            Config = config,
            Roll = snapshot.Roll,
            Candidates = snapshot.Candidates,
            ConflictGroups = await conflictGroups.ReadAsync(context.Repository, cancellationToken).ConfigureAwait(false),
        };
        var standings = await CandidatesStatus.FromGitHubAsync(client, repository, election, cancellationToken).ConfigureAwait(false);
        var key = StatusIssue.Key(context.Repository, config);
        var effect = new StatusIssueEffect
        {
            IdempotencyKey = key,
            Repository = context.Repository,
            MarkerKey = key,
            Title = StatusIssue.Title(config),
            Markdown = CandidatesStatusMarkdown.Render(standings, config, context.Repository),
        };
        if ((await store.PeekEffectAsync(key, cancellationToken).ConfigureAwait(false)).Result != EffectClaimResult.AlreadyDone)
        {
            return Plan.Of(effect);
        }

        if (StatusIssue.Find(await client.Issues.ListAsync(repository, cancellationToken).ConfigureAwait(false), key) is not { } issue)
        {
            return Plan.Skip("the status issue was made for this election before and is gone; it is not made again");
        }

        return issue.Body == StatusIssue.Body(effect.Markdown, key)
            ? Plan.Skip($"the status issue #{issue.Number} is up to date")
            : Plan.Of(effect with { IdempotencyKey = $"{key}:update:{context.DeliveryId}", ExistingNumber = issue.Number });
    }
}
