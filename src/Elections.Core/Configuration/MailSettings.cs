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

    /// <summary>SMTP connections used in parallel by a mailout, each reused for many messages.</summary>
    public int Connections { get; init; } = DefaultConnections;

    /// <summary>Messages per second at most for the whole mailout; 0 for no limit.</summary>
    public int RatePerSecond { get; init; }

    /// <summary>
    /// A mailout stops after this many failures in a row (the NixOS runner stopped after 10, nixos-anchor §2.9);
    /// 0 never stops and records every failure.
    /// </summary>
    public int MaxConsecutiveFailures { get; init; } = DefaultMaxConsecutiveFailures;

    /// <summary>The default for <see cref="Connections"/>.</summary>
    public const int DefaultConnections = 4;

    /// <summary>The default for <see cref="MaxConsecutiveFailures"/>.</summary>
    public const int DefaultMaxConsecutiveFailures = 10;

    /// <summary>The default for <see cref="PasswordEnv"/>.</summary>
    public const string DefaultPasswordEnv = "ELECTIONS_SMTP_PASSWORD";
}
