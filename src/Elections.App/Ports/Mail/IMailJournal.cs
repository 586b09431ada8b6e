namespace Elections.App.Ports.Mail;

/// <summary>
/// The per-recipient journal of mailouts (nixos-anchor A8), in the store so a run started after a crash sees what the
/// killed one did. Every call is committed before it returns.
/// </summary>
public interface IMailJournal
{
    /// <summary>Every row of <paramref name="mailout"/>, by recipient key.</summary>
    Task<IReadOnlyDictionary<string, MailJournalEntry>> ReadAsync(MailoutKey mailout, CancellationToken cancellationToken);

    /// <summary>Adds the recipients not recorded yet as <see cref="MailState.Pending"/>; rows already there are kept.</summary>
    Task AddPendingAsync(MailoutKey mailout, IReadOnlyList<(string Address, string MessageId)> recipients, CancellationToken cancellationToken);

    /// <summary>Records that the message is being handed to the server (before the SMTP DATA).</summary>
    Task MarkSendingAsync(MailoutKey mailout, string address, CancellationToken cancellationToken);

    /// <summary>Records the server's acceptance and its reply.</summary>
    Task MarkSentAsync(MailoutKey mailout, string address, string reply, CancellationToken cancellationToken);

    /// <summary>Records a refusal or a broken connection, with the reason.</summary>
    Task MarkFailedAsync(MailoutKey mailout, string address, string reason, CancellationToken cancellationToken);

    /// <summary>Marks every row of <paramref name="election"/> for <paramref name="address"/> bounced with the reason; returns the rows changed.</summary>
    Task<int> MarkBouncedAsync(string election, string address, string reason, CancellationToken cancellationToken);
}
