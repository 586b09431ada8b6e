using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Elections.Infrastructure.Tests.Mail;

/// <summary>
/// A real SMTP server (the SmtpServer library) on a free local port for the mail tests: it records every message it
/// accepts, and can refuse some recipients (550), drop the connection after some messages, or answer slowly.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private int _saved;

    public SmtpSink(Func<string, bool>? refuse = null, int dropEvery = 0, TimeSpan delay = default)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, dropEvery, delay));
        services.Add(new DelegatingMailboxFilter((IMailbox to, IMailbox from) => refuse is null || !refuse(to.AsAddress())));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every accepted message: recipient and Message-Id.</summary>
    public ConcurrentQueue<(string To, string MessageId, MimeMessage Message)> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(SmtpSink sink, int dropEvery, TimeSpan delay) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            if (dropEvery > 0 && Interlocked.Increment(ref sink._saved) % dropEvery == 0)
            {
                context.Pipe.Dispose(); // the connection is gone before the reply to DATA
                return SmtpResponse.TransactionFailed;
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            foreach (var to in transaction.To)
            {
                sink.Received.Enqueue((to.AsAddress(), message.MessageId ?? "", message));
            }

            return SmtpResponse.Ok;
        }
    }
}
