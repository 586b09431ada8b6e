using Elections.Core.Configuration;

namespace Elections.Infrastructure.Mail;

/// <summary>Where and how to connect: the <c>mail</c> section of the config, with the password read from its environment variable.</summary>
public sealed record SmtpEndpoint
{
    public required string Host { get; init; }

    public required int Port { get; init; }

    public required TlsMode Tls { get; init; }

    /// <summary>The user name; empty for no authentication.</summary>
    public string User { get; init; } = "";

    /// <summary>The password; empty for no authentication.</summary>
    public string Password { get; init; } = "";

    /// <summary>How long one SMTP command may take before the connection counts as broken.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
