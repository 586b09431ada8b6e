using System.Text;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Core.Voters.Edits;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// A voter's pull request changing their e-mail address in <c>voters.json</c> is merged automatically, with
/// the head sha it was judged on, when <see cref="EmailChangeReview"/> accepts it; otherwise the pull request
/// gets one comment per head commit saying exactly why (nixos-anchor §3.9, appendix A5). The roll at the head
/// is read through the contents API as data, never checked out or run. Pull requests that do not touch the
/// roll, drafts, pull requests to other branches and those of officials or bots are left to people.
/// </summary>
public sealed class EmailUpdateHandler(IGitHubFactory gitHub) : WebhookHandler<PullRequestEvent>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string Feature => "email-update";

    public override IReadOnlyList<Route> Routes { get; } =
        [Route.Parse("pull_request.opened"), Route.Parse("pull_request.synchronize"), Route.Parse("pull_request.reopened")];

    public override bool RequiresElection => true;

    protected override async ValueTask<Plan> PlanAsync(PullRequestEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        var pull = payload.PullRequest;
        if (context.Election is not { } election || !election.TryGetConfig(out var config) || !RepositoryRef.TryParse(context.Repository, out var repository))
        {
            return Plan.Skip("no election was read for this repository");
        }

        if (pull.Draft || pull.Base.Ref != payload.Repository?.DefaultBranch)
        {
            return Plan.Skip($"#{pull.Number} is a draft or does not target the default branch");
        }

        if (BotAccounts.IsBot(pull.User) || config.Officials.Any(official => official.Id == pull.User.Id))
        {
            return Plan.Skip($"#{pull.Number} is by @{pull.User.Login}, an official or a bot, whose roll changes people review");
        }

        var client = gitHub.Create(context.GitHubCall);
        var number = checked((int)pull.Number);
        var files = await client.PullRequests.ListFilesAsync(repository, number, cancellationToken).ConfigureAwait(false);
        var paths = files.SelectMany(file => new[] { file.Path, file.PreviousPath }).Where(path => path.Length > 0).ToList();
        if (!paths.Contains(ElectionLayout.RollPath, StringComparer.Ordinal))
        {
            return Plan.Skip($"#{pull.Number} does not change {ElectionLayout.RollPath}");
        }

        var request = new EmailChangeRequest
        {
            AuthorId = pull.User.Id,
            AuthorLogin = pull.User.Login,
            ChangedPaths = paths,
            HeadRollText = await HeadRollAsync(client, repository, pull.Head.Sha, cancellationToken).ConfigureAwait(false),
            At = pull.UpdatedAt,
        };
        var verdict = EmailChangeReview.Judge(config, election.Roll, request);
        var key = $"{Feature}:{repository.FullName}#{number}:{pull.Head.Sha}";
        return verdict.Accepted
            ? Plan.Of(new MergeEffect { IdempotencyKey = key + ":merge", Repository = repository.FullName, Number = number, ExpectedHeadSha = pull.Head.Sha, CommitTitle = verdict.CommitTitle })
            : Plan.Of(new CommentEffect { IdempotencyKey = key, Repository = repository.FullName, IssueNumber = number, Body = Refusal(pull.User.Login, verdict, payload.Repository) });
    }

    private static async Task<string> HeadRollAsync(IGitHub client, RepositoryRef repository, string sha, CancellationToken cancellationToken)
    {
        var read = await client.Contents.GetFileAsync(repository, ElectionLayout.RollPath, sha, cancellationToken).ConfigureAwait(false);
        if (!read.TryGetValue(out var file) || file.Content.Length > ElectionLayout.MaxRollBytes)
        {
            return "";
        }

        try
        {
            return StrictUtf8.GetString(file.Content.Span);
        }
        catch (DecoderFallbackException)
        {
            return "";
        }
    }

    private static string Refusal(string login, EmailChangeVerdict verdict, Octokit.Webhooks.Models.Repository? repository)
    {
        var text = new StringBuilder($"@{login}, this pull request was not merged automatically as an e-mail update, because:\n\n");
        foreach (var reason in verdict.Reasons)
        {
            text.Append("- ").Append(reason).Append('\n');
        }

        text.Append("\nPush a fix to this branch and it is checked again, or ask the election committee.");
        if (repository is { HtmlUrl.Length: > 0 })
        {
            text.Append($" How to change your address: {repository.HtmlUrl}/blob/{repository.DefaultBranch}/docs/voters.md#changing-your-e-mail-address");
        }

        return text.Append('\n').ToString();
    }
}
