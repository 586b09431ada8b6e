using Elections.App.Ports.Mail;

namespace Elections.App.Mail;

/// <summary>One recipient's rendered message.</summary>
/// <param name="Key">The journal key (address in lower case).</param>
/// <param name="Label">Who it is for people: <c>@login (id)</c>; never logged with the address.</param>
/// <param name="Mail">The message.</param>
public sealed record PreparedMail(string Key, string Label, OutgoingMail Mail);
