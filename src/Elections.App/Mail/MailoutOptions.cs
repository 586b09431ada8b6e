namespace Elections.App.Mail;

/// <summary>How a mailout runs (config <c>mail</c> and the command's flags).</summary>
public sealed record MailoutOptions
{
    /// <summary>SMTP connections in parallel.</summary>
    public int Connections { get; init; } = 4;

    /// <summary>Messages per second at most; 0 for no limit.</summary>
    public int RatePerSecond { get; init; }

    /// <summary>Stop after this many failures in a row; 0 never stops.</summary>
    public int MaxConsecutiveFailures { get; init; } = 10;

    /// <summary>Continue a mailout the journal already holds: send only what is not recorded as sent.</summary>
    public bool Resume { get; init; }
}
