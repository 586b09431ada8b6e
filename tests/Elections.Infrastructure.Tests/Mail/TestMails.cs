using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.Core.Configuration;
using Elections.Infrastructure.Mail;

namespace Elections.Infrastructure.Tests.Mail;

/// <summary>Builders for mailout tests: numbered recipients and the endpoint of a local sink.</summary>
internal static class TestMails
{
    public static readonly MailoutKey Mailout = new("sc-2026", "roll-notice");

    public static IReadOnlyList<PreparedMail> Recipients(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new PreparedMail(
            $"voter{i}@example.org",
            $"@voter{i}",
            new OutgoingMail
            {
                From = "elections@example.org",
                To = $"voter{i}@example.org",
                Subject = "You are on the voter roll",
                MessageId = $"sc-2026.roll-notice.{i:D6}@example.org",
                Text = $"Hello @voter{i},\n\nYou are on the roll.\n",
                Html = $"<p>Hello @voter{i},</p>",
                Date = new DateTimeOffset(2026, 9, 14, 12, 0, 0, TimeSpan.Zero),
            })),
    ];

    public static MailKitMailer Mailer(SmtpSink sink) =>
        new(new SmtpEndpoint { Host = "127.0.0.1", Port = sink.Port, Tls = TlsMode.None, Timeout = TimeSpan.FromSeconds(20) });
}
