using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub.Auth;

namespace Elections.Infrastructure.Tests.GitHub.Auth;

public sealed class GitHubAppJwtTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> PemKinds => new() { "pkcs1", "pkcs8" };

    [Theory]
    [MemberData(nameof(PemKinds))]
    public void Create_FromPem_SignsRs256WithGitHubsClaims(string kind)
    {
        using var rsa = RSA.Create(2048);
        var pem = kind == "pkcs1" ? rsa.ExportRSAPrivateKeyPem() : rsa.ExportPkcs8PrivateKeyPem();
        using var signer = new GitHubAppJwt("Iv23client", pem, new ManualTimeProvider(Now));

        var (jwt, expires) = signer.Create();

        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Decode(parts[0]));
        using var payload = JsonDocument.Parse(Decode(parts[1]));
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("Iv23client", payload.RootElement.GetProperty("iss").GetString());
        Assert.Equal(Now.AddSeconds(-60).ToUnixTimeSeconds(), payload.RootElement.GetProperty("iat").GetInt64());
        var exp = payload.RootElement.GetProperty("exp").GetInt64();
        Assert.True(exp - Now.ToUnixTimeSeconds() <= 600);
        Assert.Equal(expires.ToUnixTimeSeconds(), exp);
        Assert.True(rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Create_LaterClock_MovesTheClaims()
    {
        using var rsa = RSA.Create(2048);
        var clock = new ManualTimeProvider(Now);
        using var signer = new GitHubAppJwt("12345", rsa.ExportRSAPrivateKeyPem(), clock);

        var (first, _) = signer.Create();
        clock.Advance(TimeSpan.FromMinutes(30));
        var (second, _) = signer.Create();

        Assert.NotEqual(first, second);
        using var payload = JsonDocument.Parse(Decode(second.Split('.')[1]));
        Assert.Equal(Now.AddMinutes(30).AddSeconds(-60).ToUnixTimeSeconds(), payload.RootElement.GetProperty("iat").GetInt64());
    }

    [Fact]
    public void Load_NotAKey_NamesTheSourceAndTheFix()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubAppKey.Load("hello", "ELECTIONS_PRIVATE_KEY"));

        Assert.Equal("ELECTIONS_PRIVATE_KEY", error.Problems[0].File);
        Assert.Contains(".pem", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorruptPem_ReportsAProblem()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubAppKey.Load("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", "app.pem"));

        Assert.Equal("app.pem", error.Problems[0].File);
    }

    private static byte[] Decode(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
    }
}
