using System.Security.Cryptography;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;

namespace Elections.Sandbox.Tests.Client;

/// <summary>App authentication end to end: JWT → installation token → REST, against a Sandbox that checks the JWT.</summary>
public sealed class AppAuthenticationTests
{
    [Fact]
    public async Task AppCredentials_ConcurrentCalls_MintOneInstallationTokenAndSucceed()
    {
        using var rsa = RSA.Create(2048);
        var options = new SandboxServerOptions { AppKeyPem = rsa.ExportRSAPublicKeyPem(), AppIssuers = ["Iv23testclient"], StrictTokens = true };
        await using var server = await SandboxServer.StartAsync(options);
        server.State.AddUser("bob");
        using var factory = new GitHubClientFactory(new GitHubOptions
        {
            BaseUrl = server.BaseUrl,
            ClientId = "Iv23testclient",
            PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        });
        var github = factory.Create(new GitHubCallContext { InstallationId = 1 });

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => github.Users.GetByLoginAsync("bob")));

        Assert.All(results, r => Assert.True(r.Found));
        Assert.Equal(1, server.State.MintedTokenCount);
    }

    [Fact]
    public async Task AppCredentials_WrongKey_FailsWithUnauthorized()
    {
        using var rsa = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var server = await SandboxServer.StartAsync(new SandboxServerOptions { AppKeyPem = rsa.ExportRSAPublicKeyPem(), StrictTokens = true });
        using var factory = new GitHubClientFactory(new GitHubOptions { BaseUrl = server.BaseUrl, AppId = "1", PrivateKeyPem = other.ExportRSAPrivateKeyPem() });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => factory.Create(new GitHubCallContext { InstallationId = 1 }).Users.GetByLoginAsync("bob"));

        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task RevokedInstallationToken_IsReplacedAfter401()
    {
        using var rsa = RSA.Create(2048);
        await using var server = await SandboxServer.StartAsync(new SandboxServerOptions { AppKeyPem = rsa.ExportRSAPublicKeyPem(), StrictTokens = true });
        server.State.AddUser("bob");
        using var factory = new GitHubClientFactory(new GitHubOptions { BaseUrl = server.BaseUrl, AppId = "1", PrivateKeyPem = rsa.ExportRSAPrivateKeyPem(), TokenRefreshMargin = TimeSpan.Zero });
        var github = factory.Create(new GitHubCallContext { InstallationId = 1 });
        await github.Users.GetByLoginAsync("bob");

        server.State.RevokeTokens(); // the cached token is still fresh by the client's clock, but GitHub now rejects it
        var again = await github.Users.GetByLoginAsync("bob");

        Assert.True(again.Found);
        Assert.Equal(2, server.State.MintedTokenCount);
    }
}
