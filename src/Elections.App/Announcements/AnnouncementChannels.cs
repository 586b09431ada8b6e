namespace Elections.App.Announcements;

/// <summary>The channel names the command line, the templates (<c>channel</c>) and the docs use.</summary>
public static class AnnouncementChannels
{
    /// <summary>Every name, in the order the help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["discourse", "github", "website", "email"];

    /// <summary>The name of <paramref name="channel"/>: <c>discourse</c>, <c>github</c>, <c>website</c> or <c>email</c>.</summary>
    public static string Name(AnnouncementChannel channel) => Names[(int)channel];

    /// <summary>The channel called <paramref name="name"/> (any case).</summary>
    public static bool TryParse(string name, out AnnouncementChannel channel)
    {
        var index = Names.ToList().FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        channel = (AnnouncementChannel)Math.Max(index, 0);
        return index >= 0;
    }
}
