using Elections.Core.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Timeline;

namespace Elections.App.Candidacy;

/// <summary>
/// The reminders of <c>elections candidates remind</c> (issue 10 item 7, docs/candidacy.md "Reminders"), planned from the
/// standings <c>elections candidates status</c> prints: per pending nomination pull request, one mention per
/// (person, reason) — the nominee to accept or complete the form, the nominee and nominator when endorsements are
/// missing — and, while nominations are open and nobody is nominated, one comment on the status issue.
/// </summary>
public static class CandidacyReminders
{
    /// <summary>The phase reminders belong to at <paramref name="now"/>, or null when nominations and endorsements are closed.</summary>
    public static ElectionPhase? OpenPhase(ElectionTimeline timeline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.PhaseAt(now) is var phase && phase is ElectionPhase.Nominations or ElectionPhase.Endorsements ? phase : null;
    }

    /// <summary>The reminders for <paramref name="standings"/> in <paramref name="phase"/>.</summary>
    public static IReadOnlyList<CandidacyReminder> Plan(string repository, ElectionConfig config, IReadOnlyList<NomineeStanding> standings, ElectionPhase phase)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(standings);
        var phaseName = phase.ToString().ToLowerInvariant();
        var reminders = new List<CandidacyReminder>();
        foreach (var s in standings.Where(s => s.PullRequest is not null && s.Status == NominationStatus.Pending))
        {
            var number = s.PullRequest!.Value;
            CandidacyReminder For(string login, string reason, string body) => new()
            {
                Key = $"candidates-reminder:{repository}#{number}:{login.ToLowerInvariant()}:{reason}:{phaseName}",
                Target = number,
                Body = body,
            };

            if (s.Missing.Contains(Missing.Acceptance))
            {
                reminders.Add(For(s.Login, Missing.Acceptance, $"@{s.Login} you are nominated here: comment `!accept` to accept (or `!decline`) before {config.Timeline.EndorsementsClose}."));
            }

            if (s.Missing.Contains(Missing.Form))
            {
                reminders.Add(For(s.Login, Missing.Form, $"@{s.Login} your candidate form in this pull request is incomplete: fill it in before {config.Timeline.EndorsementsClose}."));
            }

            if (s.Missing.Contains(Missing.Endorsements) || s.Missing.Contains(Missing.Independence))
            {
                var text = $"this nomination has {s.Endorsers.Count} of the {config.Endorsements.MinEndorsers} endorsements it needs"
                    + $" ({s.Independent} of the {config.Endorsements.MinIndependent} mutually independent people, nominee included); endorsements close {config.Timeline.EndorsementsClose}.";
                foreach (var login in new[] { s.Login, s.NominatedBy }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    reminders.Add(For(login, Missing.Endorsements, $"@{login} {text}"));
                }
            }
        }

        if (phase == ElectionPhase.Nominations && standings.Count == 0)
        {
            reminders.Add(new CandidacyReminder
            {
                Key = $"candidates-reminder:{repository}:{config.Slug}:no-candidates:{phaseName}",
                Body = $"No candidates yet for {config.Name}: nominations close {config.Timeline.NominationsClose}. See docs/candidacy.md to nominate someone or yourself.",
            });
        }

        return reminders;
    }
}
