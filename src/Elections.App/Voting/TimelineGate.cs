using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Timeline;
using Elections.Core.Validation;

namespace Elections.App.Voting;

/// <summary>The hand-off steps that wait for a deadline (docs/voting.md): import and results only after <c>timeline.voting_closes</c>.</summary>
public static class TimelineGate
{
    /// <summary>
    /// The problem naming <c>timeline.FIELD</c> in <c>config/election.yml</c> when <paramref name="deadline"/> has not passed at
    /// <paramref name="now"/> (<paramref name="what"/> says what waits, e.g. "results can be counted"); null when it has.
    /// </summary>
    public static Problem? NotYet(ElectionConfig config, Deadline deadline, string field, DateTimeOffset now, string what)
    {
        ArgumentNullException.ThrowIfNull(config);
        return deadline.HasPassed(now)
            ? null
            : new Problem(ElectionLayout.ConfigPath, config.Source.LineOf($"timeline.{field}"), $"timeline.{field}", $"{what} only after timeline.{field}, {deadline} ({deadline.FormatUtc()}); it has not passed yet");
    }
}
