namespace Elections.App.Mail;

/// <summary>A mailout's progress: messages finished (sent or failed) out of those to send in this run.</summary>
public sealed record MailoutProgress(int Done, int Total, int Sent, int Failed);
