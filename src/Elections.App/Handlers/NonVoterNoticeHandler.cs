using Elections.App.Configuration;
using Elections.App.Effects;
using Elections.App.Plans;
using Microsoft.Extensions.Options;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Models;

namespace Elections.App.Handlers;

/// <summary>
/// Someone outside the roll opens a pull request or an issue, or comments: they get one notice per thread
/// saying they are not an eligible voter and linking to the exception procedure (nixos-anchor §3.6; appendix
/// A11: the 2024 bot warned on every comment). Nothing is blocked. Officials, bots and the bot itself get no
/// notice; it is on unless <c>ELECTIONS_NON_VOTER_NOTICE</c> is false. Anyone with an entry on the roll, whatever its status, is not "outside the roll".
/// </summary>
public sealed class NonVoterNoticeHandler(IOptions<ElectionsOptions> options) : IWebhookHandler
{
    public string Feature => "non-voter-notice";

    public IReadOnlyList<Route> Routes { get; } =
        [Route.Parse("pull_request.opened"), Route.Parse("issues.opened"), Route.Parse("issue_comment.created")];

    public bool RequiresElection => true;

    public bool Applies(WebhookEvent payload) => options.Value.NonVoterNotice && Author(payload) is { } author && !BotAccounts.IsBot(author.User);

    public ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(payload) || Author(payload) is not { } author)
        {
            return ValueTask.FromResult(Plan.Skip("the notice is off (ELECTIONS_NON_VOTER_NOTICE), or the author is a bot or unknown"));
        }

        if (context.Election is not { } election || !election.TryGetConfig(out var config))
        {
            return ValueTask.FromResult(Plan.Skip("no election was read for this repository"));
        }

        var user = author.User;
        if (election.Roll.TryFindById(user.Id, out _) || config.Officials.Any(official => official.Id == user.Id))
        {
            return ValueTask.FromResult(Plan.Skip($"@{user.Login} is on the roll or an official"));
        }

        var url = options.Value.ExceptionUrl is { Length: > 0 } configured
            ? configured
            : $"{payload.Repository?.HtmlUrl}/blob/{payload.Repository?.DefaultBranch}/docs/voters.md#asking-for-an-exception";
        return ValueTask.FromResult(Plan.Of(new CommentEffect
        {
            IdempotencyKey = $"{Feature}:{context.Repository}#{author.Number}:{user.Id}",
            Repository = context.Repository,
            IssueNumber = author.Number,
            Body = $"@{user.Login}, you are not on the voter roll of this election, so please abstain from the election processes here " +
                   $"(nominations, endorsements, questions). If you believe you should be eligible, you can ask for an exception: {url}\n\n" +
                   "This notice is posted once per person and thread.\n",
        }));
    }

    private static (User User, int Number)? Author(WebhookEvent payload) => payload switch
    {
        PullRequestEvent pull => (pull.PullRequest.User, checked((int)pull.PullRequest.Number)),
        IssuesEvent issue => (issue.Issue.User, checked((int)issue.Issue.Number)),
        IssueCommentEvent comment => (comment.Comment.User, checked((int)comment.Issue.Number)),
        _ => null,
    };
}
