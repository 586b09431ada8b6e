using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Elections.Cli.Tests.Commands.Announce;

/// <summary>
/// A small emulated Discourse on a free local port: <c>POST /posts.json</c> records the request (headers and JSON
/// body) and answers as Discourse does, a created post (<c>topic_id</c>, <c>topic_slug</c>) or the error given.
/// </summary>
internal sealed class DiscourseEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private readonly HttpStatusCode _status;
    private readonly string _errorBody;

    public DiscourseEndpoint(HttpStatusCode status = HttpStatusCode.OK, string errorBody = "")
    {
        _status = status;
        _errorBody = errorBody;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Every request received: method, path, the two API headers and the body.</summary>
    public ConcurrentQueue<(string Method, string Path, string? ApiKey, string? ApiUsername, JsonElement Body)> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _serving.Exception;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            using var body = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            Requests.Enqueue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Api-Key"], context.Request.Headers["Api-Username"], body.RootElement.Clone()));
            var ok = _status == HttpStatusCode.OK && context.Request.HttpMethod == "POST" && context.Request.Url.AbsolutePath == "/posts.json";
            var answer = ok ? """{"id": 501, "topic_id": 77, "topic_slug": "election-kickoff", "post_number": 1}""" : _errorBody;
            context.Response.StatusCode = ok ? 200 : (int)(_status == HttpStatusCode.OK ? HttpStatusCode.NotFound : _status);
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
