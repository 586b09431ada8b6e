using Elections.App.Configuration;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

public sealed class WebhookHostTests
{
    [Fact]
    public void Build_NoSecret_RefusesToStart()
    {
        var exception = Assert.Throws<WebhookHostConfigurationException>(() =>
            WebhookHost.Build(["--urls=http://127.0.0.1:0"], builder => builder.Services.AddSingleton<Elections.App.Ports.GitHub.IGitHubFactory>(new RecordingGitHub())));

        Assert.Contains(ElectionsVariables.WebhookSecret, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingKeyFileAndBadAppId_NamesEachProblem()
    {
        var exception = Assert.Throws<WebhookHostConfigurationException>(() => WebhookHost.Build(
            [$"--{ElectionsVariables.WebhookSecret}=s", $"--{ElectionsVariables.PrivateKeyFile}=/nonexistent/key.pem", $"--{ElectionsVariables.AppId}=abc"]));

        Assert.Contains(exception.Problems, problem => problem.StartsWith("ELECTIONS_APP_ID is 'abc'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, problem => problem.StartsWith("ELECTIONS_PRIVATE_KEY_FILE names a file that does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OldAppVariableName_SaysToRenameIt()
    {
        var exception = Assert.Throws<WebhookHostConfigurationException>(() => WebhookHost.Build(
            [$"--{ElectionsVariables.WebhookSecret}=s", "--GITHUB_APP_PRIVATE_KEY_FILE=/keys/app.pem"], builder => builder.Services.AddSingleton<Elections.App.Ports.GitHub.IGitHubFactory>(new RecordingGitHub())));

        Assert.Equal("GITHUB_APP_PRIVATE_KEY_FILE is no longer read: rename it to ELECTIONS_PRIVATE_KEY_FILE (see docs/environment.md)", Assert.Single(exception.Problems));
    }
}
