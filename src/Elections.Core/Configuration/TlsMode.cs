namespace Elections.Core.Configuration;

/// <summary>How the SMTP connection is secured (nixos-anchor.md §4.2: the EC mails every voter).</summary>
public enum TlsMode
{
    /// <summary>Plain connection upgraded with STARTTLS (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    Tls,

    /// <summary>No encryption; only for a local test server.</summary>
    None,
}
