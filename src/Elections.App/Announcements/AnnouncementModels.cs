using Elections.App.Presentation;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Mail;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.App.Announcements;

/// <summary>Builds the <see cref="AnnouncementModel"/> from the election's files, and the recipient view of a mail recipient.</summary>
public static class AnnouncementModels
{
    /// <summary>The model for <paramref name="config"/>, its roll and its candidate files; <paramref name="elected"/> are logins in the final order.</summary>
    public static AnnouncementModel Of(ElectionConfig config, VoterRoll roll, IReadOnlyList<CandidateFile> nominees, IReadOnlyList<string>? elected = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(nominees);
        var url = $"https://github.com/{config.Organization}/{config.Repository}";
        var ordered = nominees.OrderBy(n => n.Login, StringComparer.OrdinalIgnoreCase).ToList();
        return new AnnouncementModel
        {
            Election = new ElectionView(
                config.Name,
                config.Slug,
                config.Organization,
                config.Repository,
                url,
                config.VotersTeam,
                $"https://github.com/orgs/{config.Organization}/teams/{config.VotersTeam}",
                config.Seats,
                config.Counting.Method),
            Timeline = [.. config.Timeline.Entries.Select(e => new DeadlineView(
                e.Key,
                e.Title,
                e.Deadline.AoeDate is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " AoE" : e.Deadline.FormatUtc(),
                e.Deadline.FormatUtc(),
                e.Deadline.ToString()))],
            Counts = new CountsView(
                roll.Voters.Count,
                roll.Voters.Count(VoterRules.CanVote),
                roll.Voters.Count(VoterRules.BelongsInTeam),
                nominees.Count,
                nominees.Count(n => n.State == NominationState.FormComplete)),
            Candidates = [.. ordered.Where(n => n.State == NominationState.FormComplete).Select(View)],
            Nominees = [.. ordered.Select(View)],
            Elected = [.. (elected ?? []).Select((login, index) => Elected(config, nominees, login.TrimStart('@'), index + 1))],
        };
    }

    /// <summary>The recipient view of <paramref name="recipient"/>: the address mailed and the voter's login, id and status.</summary>
    public static RecipientView Recipient(MailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return new RecipientView(recipient.Voter.Login, recipient.Address, recipient.Voter.Id, VoterRules.ToText(recipient.Voter.Status));
    }

    private static ElectedView Elected(ElectionConfig config, IReadOnlyList<CandidateFile> nominees, string login, int place)
    {
        var file = nominees.FirstOrDefault(n => string.Equals(n.Login, login, StringComparison.OrdinalIgnoreCase))?.File
            ?? throw new InvalidInputException(new Problem("--elected", 0, login, $"@{login} has no candidate file in candidates/: check the spelling"));
        return new ElectedView(place, login, file, config.TryGetTermYears(place, out var years) ? years : 0);
    }

    private static CandidateView View(CandidateFile file) => new(file.Login, file.File, StatusWording.Key(file.State));
}
