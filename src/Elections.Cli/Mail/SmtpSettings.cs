using System.Globalization;
using Elections.App.Configuration;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Infrastructure.Mail;

namespace Elections.Cli.Mail;

/// <summary>
/// The SMTP endpoint of a mailout: the config's <c>mail</c> section, with <c>ELECTIONS_SMTP_HOST</c>,
/// <c>ELECTIONS_SMTP_PORT</c> and <c>ELECTIONS_SMTP_TLS</c> overriding it, and the password from the variable
/// <c>mail.password_env</c> names.
/// </summary>
internal static class SmtpSettings
{
    public static SmtpEndpoint Resolve(MailSettings mail)
    {
        var host = CliEnvironment.Get(ElectionsVariables.SmtpHost) is { Length: > 0 } h ? h : mail.SmtpHost;
        var port = mail.SmtpPort;
        if (CliEnvironment.Get(ElectionsVariables.SmtpPort) is { Length: > 0 } p
            && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidInputException(Problem.Setting(ElectionsVariables.SmtpPort, $"'{p}' is not a port: write a whole number from 1 to 65535"));
        }

        var tls = CliEnvironment.Get(ElectionsVariables.SmtpTls) switch
        {
            null or "" => mail.Tls,
            "starttls" => TlsMode.StartTls,
            "tls" => TlsMode.Tls,
            "none" => TlsMode.None,
            var other => throw new InvalidInputException(Problem.Setting(ElectionsVariables.SmtpTls, $"'{other}' is not a TLS mode: write starttls, tls or none")),
        };
        var password = "";
        if (mail.User.Length > 0)
        {
            password = CliEnvironment.Get(mail.PasswordEnv) ?? "";
            if (password.Length == 0)
            {
                throw new InvalidInputException(Problem.Setting(mail.PasswordEnv, $"is not set: mail.user is {mail.User}, so the SMTP password must be in the environment variable {mail.PasswordEnv} (mail.password_env)"));
            }
        }

        return new SmtpEndpoint { Host = host, Port = port, Tls = tls, User = mail.User, Password = password };
    }
}
