namespace Elections.App.Candidacy;

/// <summary>What <see cref="ReminderPoster"/> did with one reminder: <c>posted</c>, <c>already-posted</c>, <c>would-post</c> (dry run) or <c>printed</c> (no status issue).</summary>
public sealed record ReminderOutcome(CandidacyReminder Reminder, int? Target, string Outcome);
