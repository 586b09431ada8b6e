namespace Elections.App.Announcements;

/// <summary>Where an announcement goes (nixos-anchor §4.1: the same text for four platforms, each with its rules).</summary>
public enum AnnouncementChannel
{
    /// <summary>A Discourse post: Markdown, paragraphs unwrapped (Discourse renders single newlines as breaks).</summary>
    Discourse,

    /// <summary>The announcement pull request or a comment on it: Markdown, paragraphs unwrapped.</summary>
    GitHub,

    /// <summary>A website page: Markdown as written, and its HTML.</summary>
    Website,

    /// <summary>Personal mail: text and HTML parts, a greeting and an opt-out footer.</summary>
    Email,
}
