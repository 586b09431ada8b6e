namespace Elections.App.Announcements;

/// <summary>Renders the announcement templates (templates/announcements/NAME/); template errors are bad input naming template, line and column.</summary>
public interface IAnnouncementRenderer
{
    /// <summary>The names of the announcements there are templates for.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Renders <paramref name="name"/> for <paramref name="channel"/>; mail needs <paramref name="recipient"/>. Safe to call from several threads at once (a mailout renders in parallel).</summary>
    RenderedAnnouncement Render(string name, AnnouncementChannel channel, AnnouncementModel model, RecipientView? recipient);

    /// <summary>
    /// This renderer with the committee's templates taken from <paramref name="files"/> (repository path → text, under
    /// <c>templates/announcements/</c>) before the built-in ones: for a host without a checkout, which reads them from GitHub.
    /// </summary>
    IAnnouncementRenderer WithTemplates(IReadOnlyDictionary<string, string> files);
}
