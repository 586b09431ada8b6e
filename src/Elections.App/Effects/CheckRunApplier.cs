using System.Globalization;
using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>Applies a <see cref="CheckRunEffect"/>: creates the run, or updates the existing one, as the delivery's installation.</summary>
public sealed class CheckRunApplier(IGitHubFactory gitHub) : EffectApplier<CheckRunEffect>
{
    protected override async Task<string> ApplyAsync(CheckRunEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var checks = gitHub.Create(context.GitHubCall).Checks;
        var repository = RepositoryRef.Parse(effect.Repository);
        var run = effect.ExistingRunId is { } id
            ? await checks.UpdateAsync(repository, id, effect.Run, cancellationToken).ConfigureAwait(false)
            : await checks.CreateAsync(repository, effect.Run with { ExternalId = effect.IdempotencyKey }, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"check run {run.Id}");
    }
}
