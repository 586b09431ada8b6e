namespace Elections.App.Announcements;

/// <summary>An announcement rendered for one channel (and, for mail, one recipient).</summary>
/// <param name="Title">The title: the post or page title, the mail subject.</param>
/// <param name="Markdown">The Markdown text (for mail, the plain-text part).</param>
/// <param name="Html">The HTML (website page and mail); empty for Discourse and GitHub.</param>
public sealed record RenderedAnnouncement(string Title, string Markdown, string Html);
