namespace Elections.Core.Configuration;

/// <summary>
/// Outgoing mail (nixos-anchor.md §4.2: announcements are mailed and need <c>SMTP_PASSWORD</c>). The
/// password is never in the file: only the name of the environment variable that holds it.
/// </summary>
public sealed record MailSettings
{
    /// <summary>The From address, e.g. <c>elections@example.org</c>.</summary>
    public required string From { get; init; }

    /// <summary>The SMTP server host name.</summary>
    public required string SmtpHost { get; init; }

    /// <summary>The SMTP port.</summary>
    public int SmtpPort { get; init; } = 587;

    /// <summary>How the connection is secured.</summary>
    public TlsMode Tls { get; init; } = TlsMode.StartTls;

    /// <summary>The SMTP user name, or empty for no authentication.</summary>
    public string User { get; init; } = "";

    /// <summary>The environment variable holding the SMTP password.</summary>
    public string PasswordEnv { get; init; } = DefaultPasswordEnv;

    /// <summary>The default for <see cref="PasswordEnv"/>.</summary>
    public const string DefaultPasswordEnv = "ELECTIONS_SMTP_PASSWORD";
}
