namespace Elections.Core.Configuration;

/// <summary>
/// Where announcements go besides mail (nixos-anchor §4.2: Discourse first, the website as a pull request to the
/// site repository, then mail and the GitHub notice) and when reminders are sent.
/// </summary>
public sealed record AnnouncementSettings
{
    /// <summary>The website repository as <c>owner/name</c> the page is proposed to; empty when there is no website.</summary>
    public string SiteRepository { get; init; } = "";

    /// <summary>The folder in the site repository that holds announcement pages.</summary>
    public string SitePath { get; init; } = DefaultSitePath;

    /// <summary>The Discourse category id new topics go to; 0 for the forum's default.</summary>
    public int DiscourseCategory { get; init; }

    /// <summary>
    /// Reminder offsets: timeline key (<c>nominations_close</c>, <c>endorsements_close</c>, <c>voting_closes</c>) →
    /// days before that deadline the matching reminder is sent. Without a <c>reminders</c> section,
    /// <see cref="DefaultReminders"/>; with one, a key left out sends no reminder.
    /// </summary>
    public IReadOnlyDictionary<string, int> Reminders { get; init; } = DefaultReminders;

    /// <summary>The reminders without a <c>reminders</c> section: two days before each of the three deadlines.</summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultReminders = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["nominations_close"] = 2,
        ["endorsements_close"] = 2,
        ["voting_closes"] = 2,
    };

    /// <summary>The default for <see cref="SitePath"/>.</summary>
    public const string DefaultSitePath = "announcements";
}
