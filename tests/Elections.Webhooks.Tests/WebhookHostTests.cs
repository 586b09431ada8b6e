using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

public sealed class WebhookHostTests
{
    [Fact]
    public void Build_NoSecret_RefusesToStart()
    {
        var exception = Assert.Throws<WebhookHostConfigurationException>(() =>
            WebhookHost.Build(["--urls=http://127.0.0.1:0"], builder => builder.Services.AddSingleton<Elections.App.Ports.GitHub.IGitHubFactory>(new RecordingGitHub())));

        Assert.Contains(WebhookHostOptions.SecretVariable, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingKeyFileAndBadAppId_NamesEachProblem()
    {
        var exception = Assert.Throws<WebhookHostConfigurationException>(() => WebhookHost.Build(
            [$"--{WebhookHostOptions.SecretVariable}=s", $"--{WebhookHostOptions.PrivateKeyFileVariable}=/nonexistent/key.pem", $"--{WebhookHostOptions.AppIdVariable}=abc"]));

        Assert.Equal(2, exception.Problems.Count);
    }

    [Fact]
    public void ToString_WithSecrets_PrintsNone()
    {
        var options = new WebhookHostOptions { Secret = "s3cret-value", PrivateKey = "-----BEGIN RSA PRIVATE KEY-----abc", AppId = 7 };

        var text = options.ToString();

        Assert.DoesNotContain("s3cret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        Assert.Contains("private key set", text, StringComparison.Ordinal);
    }
}
