using System.Net;

namespace Elections.Sandbox.Tests;

/// <summary>A loopback HTTP listener that records webhooks.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Event, string Delivery, string Signature, byte[] Bytes)> _received = [];

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<(string Event, string Delivery, string Signature, byte[] Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public void Dispose() => _listener.Close();

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var memory = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(memory);
            lock (_received)
            {
                _received.Add((context.Request.Headers["X-GitHub-Event"] ?? "", context.Request.Headers["X-GitHub-Delivery"] ?? "", context.Request.Headers["X-Hub-Signature-256"] ?? "", memory.ToArray()));
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
