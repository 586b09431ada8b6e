namespace Elections.App.Ports.Mail;

/// <summary>One mailout: an announcement template sent for one election. The journal keeps one row per recipient of it.</summary>
/// <param name="Election">The election's slug.</param>
/// <param name="Template">The template name, e.g. <c>roll-notice</c>.</param>
public sealed record MailoutKey(string Election, string Template)
{
    public override string ToString() => $"{Election}/{Template}";
}
