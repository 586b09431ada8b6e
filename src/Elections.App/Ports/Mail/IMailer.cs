namespace Elections.App.Ports.Mail;

/// <summary>Opens SMTP connections (the <c>mail</c> section of the election config says where and how).</summary>
public interface IMailer
{
    /// <summary>Connects and authenticates; a connection sends many messages one after the other.</summary>
    Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>One open SMTP connection.</summary>
public interface IMailConnection : IAsyncDisposable
{
    /// <summary>True while the connection can send.</summary>
    bool IsConnected { get; }

    /// <summary>Sends one message; returns the server's reply to the end of DATA. Throws <see cref="MailRefusedException"/> when the server refuses it.</summary>
    Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
