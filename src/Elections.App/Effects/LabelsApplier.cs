using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>Applies a <see cref="LabelsEffect"/>: ensures each label to add exists, adds them, removes the others (both idempotent on GitHub).</summary>
public sealed class LabelsApplier(IGitHubFactory gitHub) : EffectApplier<LabelsEffect>
{
    protected override async Task<string> ApplyAsync(LabelsEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var labels = gitHub.Create(context.GitHubCall).Labels;
        var repository = RepositoryRef.Parse(effect.Repository);
        foreach (var name in effect.Add)
        {
            await labels.EnsureAsync(repository, new Label { Name = name }, cancellationToken).ConfigureAwait(false);
        }

        if (effect.Add.Count > 0)
        {
            await labels.AddToIssueAsync(repository, effect.IssueNumber, effect.Add, cancellationToken).ConfigureAwait(false);
        }

        foreach (var name in effect.Remove)
        {
            await labels.RemoveFromIssueAsync(repository, effect.IssueNumber, name, cancellationToken).ConfigureAwait(false);
        }

        return effect.Describe();
    }
}
