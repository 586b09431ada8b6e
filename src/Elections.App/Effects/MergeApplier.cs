using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>
/// Merges a <see cref="MergeEffect"/> through the GitHub port with the expected head sha. A head that moved
/// or a pull request GitHub will not merge is an outcome, not a failure: the push that moved the head is its
/// own event and is judged again.
/// </summary>
public sealed class MergeApplier(IGitHubFactory gitHub) : EffectApplier<MergeEffect>
{
    protected override async Task<string> ApplyAsync(MergeEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        if (!RepositoryRef.TryParse(effect.Repository, out var repository))
        {
            throw new ArgumentException($"'{effect.Repository}' is not owner/name", nameof(effect));
        }

        var result = await gitHub.Create(context.GitHubCall).PullRequests.MergeAsync(
            repository,
            effect.Number,
            new MergeRequest { ExpectedHeadSha = effect.ExpectedHeadSha, Method = MergeMethod.Squash, CommitTitle = effect.CommitTitle },
            cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            MergeStatus.Merged => $"merged as {result.Sha}",
            MergeStatus.AlreadyMerged => "was already merged",
            MergeStatus.HeadChanged => "not merged: the head moved since it was checked; the new head is checked on its own",
            _ => $"not merged: {result.Message}",
        };
    }
}
