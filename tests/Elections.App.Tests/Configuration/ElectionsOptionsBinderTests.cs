using Elections.App.Configuration;
using Microsoft.Extensions.Configuration;

namespace Elections.App.Tests.Configuration;

public sealed class ElectionsOptionsBinderTests
{
    [Fact]
    public void Bind_PrivateKeyWithEscapedNewlines_TurnsThemIntoLineBreaks()
    {
        var options = Bind(("ELECTIONS_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----"));

        Assert.Equal("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", options.PrivateKey);
    }

    [Fact]
    public void Bind_GhTokenAndGitHubToken_GhTokenWins()
    {
        Assert.Equal("gh", Bind(("GH_TOKEN", "gh"), ("GITHUB_TOKEN", "actions")).Token);
        Assert.Equal("actions", Bind(("GITHUB_TOKEN", "actions")).Token);
    }

    [Fact]
    public void Bind_ApiUrl_OursBeforeActions()
    {
        Assert.Equal("http://ours/", Bind(("ELECTIONS_GITHUB_API_URL", "http://ours"), ("GITHUB_API_URL", "http://actions")).GitHubApiUrl.AbsoluteUri);
        Assert.Equal("http://actions/", Bind(("GITHUB_API_URL", "http://actions")).GitHubApiUrl.AbsoluteUri);
    }

    [Fact]
    public void Bind_Numbers_ReadStrictly()
    {
        var options = Bind(("ELECTIONS_WORKERS", "4"), ("ELECTIONS_LEASE_SECONDS", "30"), ("ELECTIONS_DRY_RUN", "TRUE"), ("ELECTIONS_APP_ID", "4242"));

        Assert.Equal((4, TimeSpan.FromSeconds(30), true, 4242L), (options.Workers, options.Lease, options.DryRun, options.AppId));
        Assert.Empty(options.BindingProblems);
    }

    [Theory]
    [InlineData("ELECTIONS_WORKERS", "0")]
    [InlineData("ELECTIONS_WORKERS", "two")]
    [InlineData("ELECTIONS_MAX_BODY_BYTES", "99999999999")]
    [InlineData("ELECTIONS_MAX_CONCURRENT_BODIES", "-1")]
    [InlineData("ELECTIONS_POLL_MS", "1.5")]
    [InlineData("ELECTIONS_APP_ID", "abc")]
    [InlineData("ELECTIONS_DRY_RUN", "yes")]
    [InlineData("GITHUB_GRAPHQL_URL", "not a url")]
    public void Bind_BadValue_ProblemNamesVariableNeverDefault(string variable, string value)
    {
        var options = Bind((variable, value));

        Assert.StartsWith($"{variable} is '{value}': set it to ", Assert.Single(options.BindingProblems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GITHUB_APP_ID", "ELECTIONS_APP_ID")]
    [InlineData("GITHUB_APP_CLIENT_ID", "ELECTIONS_CLIENT_ID")]
    [InlineData("GITHUB_APP_PRIVATE_KEY", "ELECTIONS_PRIVATE_KEY")]
    [InlineData("GITHUB_APP_PRIVATE_KEY_FILE", "ELECTIONS_PRIVATE_KEY_FILE")]
    public void Bind_OldName_ProblemSaysTheNewName(string old, string renamed)
    {
        var options = Bind((old, "x"));

        Assert.Equal($"{old} is no longer read: rename it to {renamed} (see docs/environment.md)", Assert.Single(options.BindingProblems));
    }

    [Fact]
    public void Validate_BindingProblems_FailWithEach()
    {
        var options = Bind(("ELECTIONS_WORKERS", "0"), ("GITHUB_APP_ID", "1"));

        var result = new ElectionsOptionsValidator().Validate(null, options);

        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public void ToString_WithSecrets_PrintsNone()
    {
        var options = Bind(("ELECTIONS_WEBHOOK_SECRET", "s3cret-value"), ("GH_TOKEN", "ghs_token-value"), ("ELECTIONS_PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----abc"));

        var text = options.ToString();

        Assert.DoesNotContain("s3cret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ghs_token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        Assert.Contains("private key set, token set", text, StringComparison.Ordinal);
    }

    private static ElectionsOptions Bind(params (string Name, string Value)[] variables)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(variables.Select(v => new KeyValuePair<string, string?>(v.Name, v.Value)))
            .Build();
        var options = new ElectionsOptions();
        ElectionsOptionsBinder.Bind(configuration, options);
        return options;
    }
}
