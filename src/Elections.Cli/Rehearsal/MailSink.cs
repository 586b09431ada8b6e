using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Elections.Cli.Rehearsal;

/// <summary>One message the sink accepted.</summary>
internal sealed record SunkMail(string To, string Subject, string MessageId, string Text);

/// <summary>
/// A real SMTP server (the SmtpServer library) on a free loopback port that keeps every message it accepts, for the
/// rehearsal's mailouts: any user name and password is accepted, without TLS.
/// </summary>
internal sealed class MailSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public MailSink()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("rehearsal.localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(true).AuthenticationRequired(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Received));
        services.Add(new DelegatingUserAuthenticator((_, _) => true));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<SunkMail> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<SunkMail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            foreach (var to in transaction.To)
            {
                received.Enqueue(new SunkMail(to.AsAddress(), message.Subject ?? "", message.MessageId ?? "", message.TextBody ?? ""));
            }

            return SmtpResponse.Ok;
        }
    }
}
