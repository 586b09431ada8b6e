using System.Globalization;
using System.Text;
using Elections.App.Announcements;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.App.Voting;
using Elections.Core.Configuration;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// Publication on merge (issue 13 items 6–8; docs/voting.md "Handlers"): when a pull request changing
/// <c>results/results.json</c> is merged into the default branch and the embargo has lifted (<c>results/publication.json</c>
/// says when the candidates had the result and <c>results.embargo_hours</c> have passed, or the embargo is 0), posts the
/// <c>result</c> announcement on GitHub, proposes the write-back when <c>results.governance_file</c> is configured, and
/// replies once on the merged pull request with the links. While the embargo holds it only replies, once, saying when it
/// lifts. The effects' keys name the pull request, so a redelivered event does nothing again.
/// </summary>
public sealed class ResultsPublishedHandler(IGitHubFactory gitHub, IAnnouncementRenderer renderer, TimeProvider time) : WebhookHandler<PullRequestEvent>
{
    public override string Feature => "results-published";

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("pull_request.closed")];

    public override bool RequiresElection => true;

    protected override bool Applies(PullRequestEvent payload) =>
        payload?.PullRequest.Merged == true && payload.PullRequest.Base.Ref == payload.Repository?.DefaultBranch;

    protected override async ValueTask<Plan> PlanAsync(PullRequestEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        var number = checked((int)payload.PullRequest.Number);
        if (!Applies(payload))
        {
            return Plan.Skip($"#{number} was not merged into the default branch");
        }

        if (context.Election is not { } election || !election.TryGetConfig(out var config))
        {
            return Plan.Skip("no election was read for this repository");
        }

        var repository = RepositoryRef.Parse(context.Repository);
        var client = gitHub.Create(context.GitHubCall);
        var files = await client.PullRequests.ListFilesAsync(repository, number, cancellationToken).ConfigureAwait(false);
        if (!files.Any(f => f.Path == ResultsJson.Path))
        {
            return Plan.Skip($"#{number} does not change {ResultsJson.Path}");
        }

        var branch = payload.PullRequest.Base.Ref;
        async Task<string?> Read(string path) =>
            (await client.Contents.GetFileAsync(repository, path, branch, cancellationToken).ConfigureAwait(false)).Value is { } file ? Encoding.UTF8.GetString(file.Content.Span) : null;
        var record = await Read(ResultsPublication.Path).ConfigureAwait(false) is { } text ? ResultsJson.Parse(text) : null;
        var notified = record is null ? null : ResultsPublication.Notified(record);
        var publicFrom = ResultsPublication.PublicFrom(config.Results, notified);
        var key = $"results-published:{context.Repository}#{number}";
        if (publicFrom is not { } from || time.GetUtcNow() < from)
        {
            return Plan.Of(new CommentEffect { IdempotencyKey = $"{key}:embargo", Repository = context.Repository, IssueNumber = number, Body = EmbargoReply(config, notified, publicFrom) });
        }

        var elected = ResultsJson.Elected(await Read(ResultsJson.Path).ConfigureAwait(false) ?? "");
        var writeBack = WriteBackOf(config, elected);
        var model = AnnouncementModels.Of(config, election.Roll, election.Candidates, [.. elected.Select(e => e.Login).Where(l => l.Length > 0)]);
        return Plan.Of(new ResultsPublicationEffect
        {
            IdempotencyKey = key,
            Repository = context.Repository,
            PullNumber = number,
            Election = config.Slug,
            VotersTeam = config.VotersTeam,
            Announcement = renderer.WithTemplates(await CommitteeTemplates.ReadAsync(client, repository, branch, "result", cancellationToken).ConfigureAwait(false))
                .Render("result", AnnouncementChannel.GitHub, model, null),
            WriteBack = writeBack,
            WriteBackSkipped = config.Results.GovernanceFile is { } file && writeBack is null
                ? $"The write-back to `{file.Path}` was not proposed: {ResultsJson.Path} must name every elected person with a login and a term (terms: in config/election.yml); run `elections results` again, then `elections results writeback`."
                : "",
        });
    }

    /// <summary>The write-back request for the configured governance file; null when none is configured or the results name someone without login or term.</summary>
    private static WriteBackRequest? WriteBackOf(ElectionConfig config, IReadOnlyList<(string Login, string Name, int TermYears)> elected) =>
        config.Results.GovernanceFile is { } file && RepositoryRef.TryParse(file.Repository, out var target) && elected.Count > 0 && elected.All(e => e.Login.Length > 0 && e.TermYears > 0)
            ? new WriteBackRequest(target, file, config.Slug, config.Name, elected, DateOnly.FromDateTime(config.Timeline.VotingCloses.Utc.UtcDateTime), DryRun: false)
            : null;

    private static string EmbargoReply(ElectionConfig config, DateTimeOffset? notified, DateTimeOffset? publicFrom)
    {
        var hours = config.Results.EmbargoHours.ToString(CultureInfo.InvariantCulture);
        var when = publicFrom is { } from && notified is { } at
            ? $"The embargo holds until {from.UtcDateTime:yyyy-MM-dd HH:mm} UTC (results.embargo_hours: {hours} h after the candidates had the result at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC)."
            : $"The candidates have not had the result yet ({ResultsPublication.Path} has no candidates_notified_at): run `elections results publish --stage candidates`; the embargo of {hours} h (results.embargo_hours) starts then.";
        return $"The results are merged, but not public yet. {when} Nothing is announced now: when the embargo has lifted, post it with `elections announce result --channel github --post` and open the write-back with `elections results writeback`.\n\nSee docs/voting.md.";
    }
}
