using System.Security.Cryptography;
using Elections.App.Configuration;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub;

namespace Elections.Infrastructure.Tests.GitHub;

public sealed class GitHubEnvironmentTests
{
    [Fact]
    public void ToGitHubOptions_Token_UsesItAndSignsNoJwt()
    {
        var options = GitHubEnvironment.ToGitHubOptions(new ElectionsOptions { Token = "ghs_x", GitHubApiUrl = new Uri("http://127.0.0.1:5080") });

        Assert.True(options.UsesFixedToken);
        Assert.Null(options.PrivateKeyPem);
        Assert.Equal("http://127.0.0.1:5080/graphql", options.EffectiveGraphQlUrl.AbsoluteUri);
    }

    [Fact]
    public void ToGitHubOptions_AppKeyText_IsAccepted()
    {
        using var rsa = RSA.Create(2048);

        var options = GitHubEnvironment.ToGitHubOptions(new ElectionsOptions { ClientId = "Iv23", PrivateKey = rsa.ExportPkcs8PrivateKeyPem() });

        Assert.Equal("Iv23", options.Issuer);
        Assert.Contains("\n", options.PrivateKeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGitHubOptions_AppKeyFromFile_IsAccepted()
    {
        using var rsa = RSA.Create(2048);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());

            var options = GitHubEnvironment.ToGitHubOptions(new ElectionsOptions { AppId = 42, PrivateKeyFile = path });

            Assert.Equal("42", options.Issuer);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToGitHubOptions_NothingConfigured_NamesTheVariables()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubEnvironment.ToGitHubOptions(new ElectionsOptions()));

        Assert.Contains("GH_TOKEN", error.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("ELECTIONS_APP_ID", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGitHubOptions_AppWithoutKey_AsksForTheKey()
    {
        var error = Assert.Throws<InvalidInputException>(() => GitHubEnvironment.ToGitHubOptions(new ElectionsOptions { AppId = 42 }));

        Assert.Equal("ELECTIONS_PRIVATE_KEY", error.Problems[0].Field);
    }
}
