using Elections.App.Ports.GitHub;

namespace Elections.Webhooks;

/// <summary>
/// Registers the production GitHub client. TEMPORARY: until the App-authenticated REST client
/// lands from the GitHub work, effects fail with a clear message (and are retried) instead of
/// reaching GitHub.
/// </summary>
public static class GitHubWiring
{
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IGitHubFactory, PendingGitHubFactory>();
    }

    private sealed class PendingGitHubFactory : IGitHubFactory
    {
        public IGitHub Create(GitHubCallContext context) =>
            throw new NotSupportedException("the GitHub App client is not wired into this host yet");
    }
}
