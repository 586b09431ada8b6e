using Elections.Core.Configuration;

namespace Elections.Core.Timeline;

/// <summary>
/// When each reminder announcement is due (nixos-anchor §4, issue 12 item 5): the reminder of a deadline is due from
/// its configured number of days before that deadline until the deadline itself; after the deadline it is too late.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Timeline key → the reminder template sent before it.</summary>
    public static readonly IReadOnlyList<(string Deadline, string Template)> Templates =
    [
        ("nominations_close", "nominations-reminder"),
        ("endorsements_close", "endorsements-reminder"),
        ("voting_closes", "voting-reminder"),
    ];

    /// <summary>Every configured reminder of <paramref name="config"/> with the window it is due in, in timeline order.</summary>
    public static IReadOnlyList<Reminder> All(ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var deadlines = config.Timeline.Entries.ToDictionary(e => e.Key, e => e.Deadline, StringComparer.Ordinal);
        return [.. Templates
            .Where(t => config.Announcements.Reminders.ContainsKey(t.Deadline))
            .Select(t => new Reminder(t.Template, t.Deadline, deadlines[t.Deadline], deadlines[t.Deadline].Instant.AddDays(-config.Announcements.Reminders[t.Deadline])))];
    }

    /// <summary>The reminders due at <paramref name="at"/>.</summary>
    public static IReadOnlyList<Reminder> DueAt(ElectionConfig config, DateTimeOffset at) => [.. All(config).Where(r => r.IsDueAt(at))];
}

/// <summary>One reminder: <paramref name="Template"/> is due from <paramref name="From"/> until <paramref name="Deadline"/>.</summary>
/// <param name="Template">The announcement template, e.g. voting-reminder.</param>
/// <param name="DeadlineKey">The timeline key it reminds of, e.g. voting_closes.</param>
/// <param name="Deadline">That deadline.</param>
/// <param name="From">The configured offset before it: the reminder is due from here on.</param>
public sealed record Reminder(string Template, string DeadlineKey, Deadline Deadline, DateTimeOffset From)
{
    /// <summary>Whether the reminder is due at <paramref name="at"/>: its offset has come and its deadline has not passed.</summary>
    public bool IsDueAt(DateTimeOffset at) => at >= From && !Deadline.HasPassed(at);
}
