using System.Security.Cryptography;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub;

namespace Elections.Infrastructure.Tests.GitHub;

public sealed class GitHubEnvironmentTests
{
    [Fact]
    public void Read_GhToken_UsesItAndSignsNoJwt()
    {
        var options = GitHubEnvironment.Read(new Dictionary<string, string> { ["GH_TOKEN"] = "ghs_x", ["GITHUB_API_URL"] = "http://127.0.0.1:5080" });

        Assert.True(options.UsesFixedToken);
        Assert.Null(options.PrivateKeyPem);
        Assert.Equal("http://127.0.0.1:5080/graphql", options.EffectiveGraphQlUrl.AbsoluteUri);
    }

    [Fact]
    public void Read_AppKeyFromVariableWithEscapedNewlines_IsAccepted()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem().Replace("\n", "\\n", StringComparison.Ordinal);

        var options = GitHubEnvironment.Read(new Dictionary<string, string> { ["GITHUB_APP_CLIENT_ID"] = "Iv23", ["GITHUB_APP_PRIVATE_KEY"] = pem });

        Assert.Equal("Iv23", options.Issuer);
        Assert.Contains("\n", options.PrivateKeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AppKeyFromFile_IsAccepted()
    {
        using var rsa = RSA.Create(2048);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());

            var options = GitHubEnvironment.Read(new Dictionary<string, string> { ["GITHUB_APP_ID"] = "42", ["GITHUB_APP_PRIVATE_KEY_FILE"] = path });

            Assert.Equal("42", options.Issuer);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_NothingConfigured_NamesTheVariables()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubEnvironment.Read(new Dictionary<string, string>()));

        Assert.Contains("GH_TOKEN", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AppWithoutKey_AsksForTheKey()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubEnvironment.Read(new Dictionary<string, string> { ["GITHUB_APP_ID"] = "42" }));

        Assert.Equal("GITHUB_APP_PRIVATE_KEY", error.Problems[0].Field);
    }
}
