namespace Elections.App.Ports.Mail;

/// <summary>One rendered message, ready for the SMTP server.</summary>
public sealed record OutgoingMail
{
    /// <summary>The From address.</summary>
    public required string From { get; init; }

    /// <summary>The recipient's address.</summary>
    public required string To { get; init; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>The deterministic Message-Id, without angle brackets.</summary>
    public required string MessageId { get; init; }

    /// <summary>The plain-text part.</summary>
    public required string Text { get; init; }

    /// <summary>The HTML part.</summary>
    public required string Html { get; init; }

    /// <summary>The Date header.</summary>
    public required DateTimeOffset Date { get; init; }
}
