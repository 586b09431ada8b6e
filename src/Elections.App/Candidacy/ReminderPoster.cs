using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;

namespace Elections.App.Candidacy;

/// <summary>
/// Posts <see cref="CandidacyReminder"/>s once each: a reminder whose marker is already on a bot's comment of its
/// target is skipped, so a daily run repeats nothing. A status-issue reminder goes to the pinned status issue
/// (<see cref="StatusIssue"/>), or is only reported when there is none.
/// </summary>
public sealed class ReminderPoster(IGitHub gitHub, RepositoryRef repository)
{
    /// <summary>What happened to each reminder, in order.</summary>
    public async Task<IReadOnlyList<ReminderOutcome>> PostAsync(IReadOnlyList<CandidacyReminder> reminders, ElectionConfig config, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(config);
        int? statusIssue = reminders.Any(r => r.Target is null)
            ? StatusIssue.Find(await gitHub.Issues.ListAsync(repository, cancellationToken).ConfigureAwait(false), StatusIssue.Key(repository.FullName, config))?.Number
            : null;
        var outcomes = new List<ReminderOutcome>();
        foreach (var reminder in reminders)
        {
            var target = reminder.Target ?? statusIssue;
            outcomes.Add(new ReminderOutcome(reminder, target, target is null ? "printed" : await PostOnceAsync(reminder, target.Value, dryRun, cancellationToken).ConfigureAwait(false)));
        }

        return outcomes;
    }

    private async Task<string> PostOnceAsync(CandidacyReminder reminder, int target, bool dryRun, CancellationToken cancellationToken)
    {
        var comments = await gitHub.Issues.ListCommentsAsync(repository, target, cancellationToken).ConfigureAwait(false);
        if (comments.Any(c => c.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(c.Body, reminder.Key)))
        {
            return "already-posted";
        }

        if (dryRun)
        {
            return "would-post";
        }

        await gitHub.Issues.CreateCommentAsync(repository, target, reminder.Body, reminder.Key, cancellationToken).ConfigureAwait(false);
        return "posted";
    }
}
