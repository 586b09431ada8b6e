using System.Net;
using Elections.Sandbox.Admin;
using Elections.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Elections.Sandbox.Tests.Admin;

/// <summary>Issue 8, item 11: the admin API answers loopback callers, and others only with the admin token.</summary>
public sealed class AdminGuardTests
{
    private static async Task<(SandboxServer Server, IPAddress CallFrom)> StartOnEveryInterfaceAsync(string? adminToken, IPAddress callFrom) =>
        (await SandboxServer.StartAsync(new SandboxServerOptions { Urls = "http://0.0.0.0:0", AdminToken = adminToken }), callFrom);

    private static async Task<HttpStatusCode> AddUserAsync((SandboxServer Server, IPAddress CallFrom) sandbox, string login, string? bearer = null)
    {
        using var client = new AdminClient(new Uri($"http://{sandbox.CallFrom}:{sandbox.Server.BaseUrl.Port}/"), bearer);
        return (await client.PostAsync("/_sandbox/users", $"{{\"login\":\"{login}\"}}")).Status;
    }

    [NonLoopbackFact]
    public async Task AdminApi_CallerBeyondLoopbackWithoutToken_Is403AndChangesNothing()
    {
        var sandbox = await StartOnEveryInterfaceAsync(adminToken: null, NonLoopbackFactAttribute.Address!);
        await using var _ = sandbox.Server;
        using var client = new AdminClient(new Uri($"http://{sandbox.CallFrom}:{sandbox.Server.BaseUrl.Port}/"));

        var (status, body) = await client.PostAsync("/_sandbox/users", """{"login":"mallory"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("SANDBOX_ADMIN_TOKEN", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Throws<SandboxApiException>(() => sandbox.Server.State.GetUserByLogin("mallory"));
    }

    [NonLoopbackFact]
    public async Task AdminApi_CallerBeyondLoopbackWithTheToken_IsServed()
    {
        var sandbox = await StartOnEveryInterfaceAsync("s3cret-admin", NonLoopbackFactAttribute.Address!);
        await using var _ = sandbox.Server;

        var refused = await AddUserAsync(sandbox, "mallory");
        var served = await AddUserAsync(sandbox, "trent", bearer: "s3cret-admin");

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(HttpStatusCode.Created, served);
        Assert.Equal("trent", sandbox.Server.State.GetUserByLogin("trent")["login"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdminApi_LoopbackCallerWithoutToken_IsServed()
    {
        var sandbox = await StartOnEveryInterfaceAsync("s3cret-admin", IPAddress.Loopback);
        await using var _ = sandbox.Server;

        var status = await AddUserAsync(sandbox, "alice");

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task AdminApi_WrongToken_Is401EvenFromLoopback()
    {
        var sandbox = await StartOnEveryInterfaceAsync("s3cret-admin", IPAddress.Loopback);
        await using var _ = sandbox.Server;

        var status = await AddUserAsync(sandbox, "alice", bearer: "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData("203.0.113.7", null, null, 403)]
    [InlineData("203.0.113.7", "t", null, 403)]
    [InlineData("203.0.113.7", "t", "Bearer wrong", 401)]
    [InlineData("::ffff:127.0.0.1", null, null, 0)]
    [InlineData("::1", null, null, 0)]
    [InlineData("203.0.113.7", "t", "Bearer t", 0)]
    public void Check_CallerAndToken_RefusesWithStatusOrLetsThrough(string remote, string? token, string? authorization, int status)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        var refusal = Record.Exception(() => new AdminGuard(token).Check(context));

        Assert.Equal(status == 0 ? null : typeof(SandboxApiException), refusal?.GetType());
        Assert.Equal(status, (refusal as SandboxApiException)?.Status ?? 0);
    }
}
