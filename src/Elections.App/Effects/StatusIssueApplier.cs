using System.Globalization;
using Elections.App.Candidacy;
using Elections.App.Ports.GitHub;

namespace Elections.App.Effects;

/// <summary>
/// Applies a <see cref="StatusIssueEffect"/>. Creating looks for the marked issue first (a retry after the issue was
/// made but before it was pinned finds it), creates it with the marker as the effect key (a lost answer is reconciled
/// by the client), sets its body when found stale, and pins it.
/// </summary>
public sealed class StatusIssueApplier(IGitHubFactory gitHub) : EffectApplier<StatusIssueEffect>
{
    protected override async Task<string> ApplyAsync(StatusIssueEffect effect, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(context);
        var issues = gitHub.Create(context.GitHubCall).Issues;
        var repository = RepositoryRef.Parse(effect.Repository);
        var body = StatusIssue.Body(effect.Markdown, effect.MarkerKey);
        if (effect.ExistingNumber is { } number)
        {
            await issues.UpdateAsync(repository, number, new IssueUpdate { Body = body }, cancellationToken).ConfigureAwait(false);
            return string.Create(CultureInfo.InvariantCulture, $"issue #{number} updated");
        }

        var issue = StatusIssue.Find(await issues.ListAsync(repository, cancellationToken).ConfigureAwait(false), effect.MarkerKey);
        if (issue is null)
        {
            issue = await issues.CreateAsync(repository, new NewIssue { Title = effect.Title, Body = effect.Markdown, EffectKey = effect.MarkerKey }, cancellationToken).ConfigureAwait(false);
        }
        else if (issue.Body != body)
        {
            issue = await issues.UpdateAsync(repository, issue.Number, new IssueUpdate { Body = body }, cancellationToken).ConfigureAwait(false);
        }

        await issues.PinAsync(repository, issue, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"issue #{issue.Number} pinned");
    }
}
