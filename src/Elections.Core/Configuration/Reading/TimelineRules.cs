using System.Globalization;
using Elections.Core.Timeline;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// Checks the timeline (nixos-anchor.md §3.5; PSF bylaws: at most 60 days of voting): dates in order,
/// the voter-roll freeze before voting, and the voting period within <c>voting.max_period_days</c>.
/// </summary>
internal static class TimelineRules
{
    public static void Check(ReadContext context, ElectionConfig config)
    {
        var timeline = config.Timeline;
        var entries = timeline.Entries.ToDictionary(entry => entry.Key, StringComparer.Ordinal);
        (string Earlier, string Later, bool Strict, string Why)[] order =
        [
            ("kickoff", "nominations_close", true, "nominations must be open for some time after kickoff"),
            ("nominations_close", "endorsements_close", false, "endorsements cannot close before nominations"),
            ("endorsements_close", "questions_close", false, "questions close after the candidates are known"),
            ("questions_close", "answers_close", false, "answers are due after questions close"),
            ("answers_close", "voting_opens", false, "voting opens after the answers are in"),
            ("voting_opens", "voting_closes", true, "voting must be open for some time"),
            ("voting_closes", "results", false, "results come after voting closes"),
            ("kickoff", "voter_roll_freeze", false, "the roll freezes during the election"),
            ("voter_roll_freeze", "voting_opens", false, "the roll must be final when voting opens"),
        ];
        foreach (var (earlierKey, laterKey, strict, why) in order)
        {
            var earlier = entries[earlierKey].Deadline;
            var later = entries[laterKey].Deadline;
            var inOrder = strict ? later.Utc > earlier.Utc : later.Utc >= earlier.Utc;
            if (inOrder || context.AnyUnreadable($"timeline.{earlierKey}", $"timeline.{laterKey}"))
            {
                continue;
            }

            // The freeze is the odd one out: blame it rather than the phase date it collides with.
            var blamed = earlierKey == "voter_roll_freeze" ? earlierKey : laterKey;
            var field = $"timeline.{blamed}";
            var relation = strict ? "after" : "at or after";
            var fix = blamed == laterKey
                ? $"move {laterKey} to {EarliestDate(later, earlier.Utc, strict)} or later, or {earlierKey} earlier"
                : $"move {earlierKey} to {LatestDate(earlier, later.Utc)} or earlier, or {laterKey} later";
            context.Report(context.Lines.GetValueOrDefault(field), field,
                $"{laterKey} {later} must be {relation} {earlierKey} {earlier} ({why}); {fix}");
        }

        CheckVotingPeriod(context, config);
    }

    private static void CheckVotingPeriod(ReadContext context, ElectionConfig config)
    {
        var timeline = config.Timeline;
        var maxDays = config.Voting.MaxPeriodDays;
        var period = timeline.VotingPeriod;
        if (period <= TimeSpan.FromDays(maxDays) || period <= TimeSpan.Zero
            || context.AnyUnreadable("timeline.voting_opens", "timeline.voting_closes", "voting.max_period_days"))
        {
            return;
        }

        var latest = LatestDate(timeline.VotingCloses, timeline.VotingOpens.Utc + TimeSpan.FromDays(maxDays));
        context.Report(context.Lines.GetValueOrDefault("timeline.voting_closes"), "timeline.voting_closes",
            string.Create(CultureInfo.InvariantCulture,
                $"voting would last {period.TotalDays:0.##} days, more than voting.max_period_days ({maxDays}): "
                + $"move voting_closes to {latest} or earlier (or voting_opens later)"));
    }

    /// <summary>The first date, written like <paramref name="later"/>, whose instant is (strictly) after <paramref name="bound"/>.</summary>
    private static string EarliestDate(Deadline later, DateTimeOffset bound, bool strict)
    {
        if (later.AoeDate is null)
        {
            return bound.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        var date = DateOnly.FromDateTime(bound.UtcDateTime).AddDays(-2);
        while (strict ? Deadline.Aoe(date, later.Boundary).Utc <= bound : Deadline.Aoe(date, later.Boundary).Utc < bound)
        {
            date = date.AddDays(1);
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The last date, written like <paramref name="deadline"/>, whose instant is at or before <paramref name="bound"/>.</summary>
    private static string LatestDate(Deadline deadline, DateTimeOffset bound)
    {
        if (deadline.AoeDate is null)
        {
            return bound.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        var date = DateOnly.FromDateTime(bound.UtcDateTime).AddDays(2);
        while (Deadline.Aoe(date, deadline.Boundary).Utc > bound)
        {
            date = date.AddDays(-1);
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
