namespace Elections.App.Mail;

/// <summary>What a mailout run did.</summary>
public sealed record MailoutSummary
{
    /// <summary>Recipients of the mailout.</summary>
    public required int Recipients { get; init; }

    /// <summary>Recorded as sent by an earlier run, so not sent again.</summary>
    public required int AlreadySent { get; init; }

    /// <summary>Recorded as bounced, so not sent.</summary>
    public required int Bounced { get; init; }

    /// <summary>Sent by this run.</summary>
    public required int Sent { get; init; }

    /// <summary>Failures of this run: who and why.</summary>
    public required IReadOnlyList<MailFailure> Failures { get; init; }

    /// <summary>Not tried because the run stopped.</summary>
    public required int NotTried { get; init; }

    /// <summary>True when the run stopped after too many failures in a row.</summary>
    public required bool Stopped { get; init; }

    /// <summary>True when every recipient is now recorded as sent (or bounced).</summary>
    public bool Complete => Failures.Count == 0 && NotTried == 0;
}

/// <summary>One message that was not sent, with the reason.</summary>
public sealed record MailFailure(string Label, string Reason);
