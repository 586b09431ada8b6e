using System.Globalization;
using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>Posts a <see cref="CommentEffect"/> through the GitHub port, as the delivery's installation.</summary>
public sealed class CommentApplier(IGitHubFactory gitHub) : EffectApplier<CommentEffect>
{
    protected override async Task<string> ApplyAsync(CommentEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var issues = gitHub.Create(context.GitHubCall).Issues;
        var created = await issues.CreateCommentAsync(RepositoryRef.Parse(effect.Repository), effect.IssueNumber, effect.Body, effect.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"comment {created.Id}");
    }
}
