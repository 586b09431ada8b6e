using Elections.App.Ports.Mail;
using MimeKit;

namespace Elections.Infrastructure.Mail;

/// <summary>Builds the MIME message: text and HTML alternatives, the deterministic Message-Id, UTF-8 throughout.</summary>
internal static class MimeMessages
{
    public static MimeMessage Build(OutgoingMail mail)
    {
        var builder = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            MessageId = mail.MessageId,
            Date = mail.Date,
            Body = builder.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(mail.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
