using System.Net.Sockets;
using System.Text;

namespace Elections.Sandbox.Tests.Rest;

/// <summary>
/// Answers without a body (204, 304) keep the connection open, as GitHub's do: a client that reuses it for its next
/// request, a POST included, gets that request's answer. (A Content-Length on a 204 made Kestrel close the
/// connection, and a POST sent on it in that moment ended with "response ended prematurely".)
/// </summary>
public sealed class KeepAliveTests
{
    [Fact]
    public async Task NoContentThenNotModifiedThenPost_OnOneConnection_EachIsAnswered()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.State.AddOrganization("nixos");
        sandbox.State.AddUser("alice");
        sandbox.State.AddTeam("nixos", "voters");
        sandbox.State.SeedTeamMember("nixos", "voters", "alice");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(sandbox.BaseUrl.Host, sandbox.BaseUrl.Port);
        var stream = tcp.GetStream();

        var removed = await SendAsync(stream, sandbox.BaseUrl, "DELETE", "orgs/nixos/teams/voters/memberships/alice", null, "");
        var user = await SendAsync(stream, sandbox.BaseUrl, "GET", "users/alice", null, "");
        var etag = Header(user, "ETag");
        var notModified = await SendAsync(stream, sandbox.BaseUrl, "GET", "users/alice", etag, "");
        var added = await SendAsync(stream, sandbox.BaseUrl, "PUT", "orgs/nixos/teams/voters/memberships/alice", null, """{"role":"member"}""");

        Assert.StartsWith("HTTP/1.1 204 ", removed, StringComparison.Ordinal);
        Assert.Null(Header(removed, "Content-Length"));
        Assert.StartsWith("HTTP/1.1 200 ", user, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 304 ", notModified, StringComparison.Ordinal);
        Assert.Null(Header(notModified, "Content-Length"));
        Assert.StartsWith("HTTP/1.1 200 ", added, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"active\"", added, StringComparison.Ordinal);
    }

    /// <summary>Writes one request on the open connection and reads its whole answer (headers and Content-Length bytes).</summary>
    private static async Task<string> SendAsync(NetworkStream stream, Uri baseUrl, string method, string path, string? ifNoneMatch, string body)
    {
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(new Uri(baseUrl, path).PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(baseUrl.Authority).Append("\r\n")
            .Append("Authorization: Bearer ghs_test_token\r\n")
            .Append(ifNoneMatch is null ? "" : $"If-None-Match: {ifNoneMatch}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(body)).Append("\r\n\r\n")
            .Append(body);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        var received = new List<byte>();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var text = Encoding.UTF8.GetString([.. received]);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var bodyless = text.StartsWith("HTTP/1.1 204 ", StringComparison.Ordinal) || text.StartsWith("HTTP/1.1 304 ", StringComparison.Ordinal);
            if (end >= 0 && received.Count >= end + 4 + (bodyless ? 0 : int.Parse(Header(text, "Content-Length") ?? "0", System.Globalization.CultureInfo.InvariantCulture)))
            {
                return text;
            }

            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no complete answer to {method} {path} within 30 s; received: {text}");
            }

            Assert.True(read > 0, $"the Sandbox closed the connection after {method} {path}; received so far: {text}");
            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }

    private static string? Header(string response, string name) =>
        response.Split("\r\n").TakeWhile(line => line.Length > 0).Skip(1)
            .Select(line => line.Split(':', 2))
            .FirstOrDefault(parts => parts[0].Equals(name, StringComparison.OrdinalIgnoreCase))?[1].Trim();
}
