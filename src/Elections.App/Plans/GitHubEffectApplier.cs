using System.Globalization;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;

namespace Elections.App.Plans;

/// <summary>Applies GitHub effects through the GitHub port, as the delivery's installation.</summary>
public sealed class GitHubEffectApplier(IGitHubFactory gitHub) : IEffectApplier
{
    public async Task<string> ApplyAsync(Effect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var client = gitHub.Create(new GitHubCallContext { InstallationId = context.InstallationId, DeliveryId = context.DeliveryId });
        switch (effect)
        {
            case CommentEffect comment:
                var created = await client.Issues.CreateCommentAsync(Repository(comment.Repository), comment.IssueNumber, comment.Body, comment.IdempotencyKey, cancellationToken)
                    .ConfigureAwait(false);
                return string.Create(CultureInfo.InvariantCulture, $"comment {created.Id}");
            default:
                throw new NotSupportedException($"no applier for {effect.GetType().Name}");
        }
    }

    private static RepositoryRef Repository(string fullName) =>
        RepositoryRef.TryParse(fullName, out var repository)
            ? repository
            : throw new ArgumentException($"'{fullName}' is not owner/name", nameof(fullName));
}
