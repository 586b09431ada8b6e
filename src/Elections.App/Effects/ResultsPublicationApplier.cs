using System.Text;
using Elections.App.Announcements;
using Elections.App.Ports.GitHub;
using Elections.App.Voting;

namespace Elections.App.Effects;

/// <summary>
/// Applies a <see cref="ResultsPublicationEffect"/> as the delivery's installation: <see cref="GitHubAnnouncer"/> posts the
/// announcement (as <c>elections announce result --channel github --post</c> does), <see cref="GovernanceWriteBack"/>
/// opens or updates the write-back pull request, and the reply carries the effect's marker.
/// </summary>
public sealed class ResultsPublicationApplier(IGitHubFactory gitHub) : EffectApplier<ResultsPublicationEffect>
{
    protected override async Task<string> ApplyAsync(ResultsPublicationEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var client = gitHub.Create(context.GitHubCall);
        var repository = RepositoryRef.Parse(effect.Repository);
        var posted = await new GitHubAnnouncer(client).PostAsync(repository, effect.Election, effect.VotersTeam, "result", effect.Announcement, cancellationToken).ConfigureAwait(false);
        var reply = new StringBuilder($"The result is public: the announcement \"{effect.Announcement.Title}\" is on #{posted.Number} ({posted.Url}).");
        if (effect.WriteBack is { } request)
        {
            var written = await new GovernanceWriteBack(client).RunAsync(request, cancellationToken).ConfigureAwait(false);
            reply.Append($"\n\nThe write-back of the winners to `{request.File.Path}` in {request.Repository.FullName} is pull request #{written.Number} ({written.Url}); merging it updates the governance file.");
        }
        else if (effect.WriteBackSkipped.Length > 0)
        {
            reply.Append("\n\n").Append(effect.WriteBackSkipped);
        }

        reply.Append("\n\nSee docs/voting.md.");
        var comment = await client.Issues.CreateCommentAsync(repository, effect.PullNumber, reply.ToString(), $"{effect.IdempotencyKey}:reply", cancellationToken).ConfigureAwait(false);
        return $"announcement on #{posted.Number} ({posted.Outcome.ToString().ToLowerInvariant()}), reply {comment.Id}";
    }
}
