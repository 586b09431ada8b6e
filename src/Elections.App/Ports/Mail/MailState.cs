namespace Elections.App.Ports.Mail;

/// <summary>Where one recipient of a mailout stands in the journal.</summary>
public enum MailState
{
    /// <summary>Planned, not tried yet.</summary>
    Pending,

    /// <summary>Handed to the SMTP server; no final answer recorded. A crash here may have delivered it: a resumed run sends it again with the same Message-Id.</summary>
    Sending,

    /// <summary>The server accepted it (its reply is recorded).</summary>
    Sent,

    /// <summary>The server refused it or the connection failed (the reason is recorded); a resumed run tries again.</summary>
    Failed,

    /// <summary>The address bounced later (a delivery status notification); never tried again.</summary>
    Bounced,
}
