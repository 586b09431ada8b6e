using System.Net.Sockets;
using Elections.App.Ports.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Elections.Infrastructure.Mail;

/// <summary>Turns MailKit's exceptions into <see cref="MailRefusedException"/>: 5xx replies are permanent, the rest worth one more try.</summary>
internal static class MailKitErrors
{
    public static bool IsMailError(Exception exception) =>
        exception is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or AuthenticationException or SslHandshakeException or IOException or SocketException or TimeoutException;

    public static MailRefusedException Refusal(string what, Exception exception) => exception switch
    {
        SmtpCommandException command => new MailRefusedException(
            $"{what}: the server answered {(int)command.StatusCode} {command.Message.Trim()}{Mailbox(command)}",
            permanent: (int)command.StatusCode >= 500,
            command),
        AuthenticationException => new MailRefusedException($"{what}: the server refused the user name or password ({exception.Message})", permanent: true, exception),
        _ => new MailRefusedException($"{what}: {exception.GetType().Name}: {exception.Message}", permanent: false, exception),
    };

    private static string Mailbox(SmtpCommandException command) =>
        command.ErrorCode == SmtpErrorCode.RecipientNotAccepted ? " (recipient refused)" : "";
}
