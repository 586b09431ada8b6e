namespace Elections.App.Ports.Mail;

/// <summary>One recipient's row in the mail journal.</summary>
/// <param name="Address">The recipient key (address in lower case).</param>
/// <param name="MessageId">The deterministic Message-Id the message carries.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Detail">The server's reply when sent, the reason when failed or bounced; empty otherwise.</param>
/// <param name="Attempts">How many times it was handed to a server.</param>
public sealed record MailJournalEntry(string Address, string MessageId, MailState State, string Detail, int Attempts);
