using System.Globalization;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;

namespace Elections.Webhooks;

/// <summary>Registers the GitHub App client built from the host's <c>ELECTIONS_*</c> settings.</summary>
internal static class GitHubWiring
{
    public static void Register(IServiceCollection services, WebhookHostOptions options)
    {
        var gitHub = new GitHubOptions
        {
            BaseUrl = options.GitHubApiUrl,
            AppId = options.AppId?.ToString(CultureInfo.InvariantCulture),
            ClientId = options.ClientId.Length > 0 ? options.ClientId : null,
            PrivateKeyPem = options.PrivateKey.Length > 0
                ? options.PrivateKey.Replace("\\n", "\n", StringComparison.Ordinal)
                : File.ReadAllText(options.PrivateKeyFile),
        };
        services.AddSingleton<IGitHubFactory>(provider => new GitHubClientFactory(
            gitHub,
            provider.GetRequiredService<ILogger<GitHubClientFactory>>(),
            provider.GetRequiredService<TimeProvider>()));
    }
}
