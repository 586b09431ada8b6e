using Elections.App.Candidacy;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// The nomination feature (issue 10 items 1–3 and 5): on every event that can change a nomination pull request,
/// re-reads it from GitHub, judges it with <see cref="NominationAssessor"/> against the election on the default
/// branch, and plans the <c>nomination</c> check run, the configured labels and the short replies. The store keeps
/// only the effects journal; the truth is GitHub's pull request (docs/candidacy.md).
/// </summary>
public sealed class NominationHandler(IGitHubFactory gitHub, IConflictGroups conflictGroups) : IWebhookHandler
{
    public string Feature => "nomination";

    public IReadOnlyList<Route> Routes => NominationRoutes.All;

    public bool RequiresElection => true;

    public bool Applies(WebhookEvent payload) => payload switch
    {
        PullRequestEvent or PullRequestReviewEvent => true,
        IssueCommentEvent comment => comment.Issue.PullRequest is not null || comment.Comment.Body.Contains("endorse", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public async ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Election is not { } snapshot || !snapshot.TryGetConfig(out var config))
        {
            return Plan.Skip("no election was read for this repository");
        }

        var repository = RepositoryRef.Parse(context.Repository);
        if (payload is IssueCommentEvent { Issue.PullRequest: null } onIssue)
        {
            return EndorseOnIssue(onIssue, new CommandParser(config), context.Repository);
        }

        var number = Events.EventIssue.NumberOf(payload);
        var client = gitHub.Create(context.GitHubCall);
        var read = await NominationReader.ReadAsync(client, repository, number, config.Labels.Nomination, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return payload is PullRequestEvent
                ? await PlanWithdrawalAsync(client, repository, number, snapshot, config, context, cancellationToken).ConfigureAwait(false)
                : Plan.Skip($"#{number} is not a nomination pull request");
        }

        if (read.Facts.State == PullRequestState.Merged)
        {
            return Plan.Skip($"#{number} is merged: the nomination is final");
        }

        var election = new CandidacyElection
        {
            Config = config,
            Roll = snapshot.Roll,
            Candidates = snapshot.Candidates,
            ConflictGroups = await conflictGroups.ReadAsync(context.Repository, cancellationToken).ConfigureAwait(false),
            OpenNominations = await NominationReader.ListOpenAsync(client, repository, cancellationToken).ConfigureAwait(false),
        };
        var assessment = NominationAssessor.Assess(read.Facts, election);
        var runs = await client.Checks.ListForRefAsync(repository, read.PullRequest.HeadSha, NominationCheck.Name, cancellationToken).ConfigureAwait(false);
        var existing = runs.Count > 0 ? runs[0] : null;
        var effects = NominationEffects.Plan(assessment, read.PullRequest, existing, config.Labels, context.Repository, context.DeliveryId);
        return effects.Count == 0
            ? Plan.Skip($"#{number} ({assessment.Status.ToString().ToLowerInvariant()}) is already up to date")
            : Plan.Of(effects);
    }

    /// <summary>A pull request only deleting a candidate file is a withdrawal: its own check, no nomination labels, one reply.</summary>
    private static async Task<Plan> PlanWithdrawalAsync(IGitHub client, RepositoryRef repository, int number, Core.Snapshots.ElectionSnapshot snapshot, Core.Configuration.ElectionConfig config, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (await NominationReader.ReadWithdrawalAsync(client, repository, number, cancellationToken).ConfigureAwait(false) is not var (pull, facts))
        {
            return Plan.Skip($"#{number} is neither a nomination nor an open withdrawal pull request");
        }

        var election = new CandidacyElection { Config = config, Roll = snapshot.Roll, Candidates = snapshot.Candidates };
        var check = WithdrawalRules.Check(facts, election, out var login);
        var runs = await client.Checks.ListForRefAsync(repository, pull.HeadSha, NominationCheck.Name, cancellationToken).ConfigureAwait(false);
        return Plan.Of(WithdrawalEffects.Plan(check, login, pull, runs.Count > 0 ? runs[0] : null, config.Labels, context.Repository, context.DeliveryId));
    }

    /// <summary>
    /// <c>!endorse</c> counts only on open nomination pull requests (nixos-anchor appendix A2): on an issue it gets one reply
    /// saying so. Only comments mentioning "endorse" are looked at on issues, so other commands cost no election read.
    /// </summary>
    private static Plan EndorseOnIssue(IssueCommentEvent payload, CommandParser parser, string repository)
    {
        if (payload.Action != "created" || parser.Parse(payload.Comment.Body).Endorsement is null)
        {
            return Plan.Skip($"comment {payload.Comment.Id} on issue #{payload.Issue.Number} gives no endorsement");
        }

        return Plan.Of(new CommentEffect
        {
            IdempotencyKey = $"nomination-reply:{repository}#{payload.Issue.Number}:comment:{payload.Comment.Id}:not-a-nomination",
            Repository = repository,
            IssueNumber = checked((int)payload.Issue.Number),
            Body = $"@{payload.Comment.User.Login}, endorsements count only on an open nomination pull request, not on issues; write `{parser.WordFor(CommandKind.Endorse)}` on the nominee's pull request.\n\nSee docs/candidacy.md.",
        });
    }
}
