using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;

namespace Elections.Sandbox.Tests;

/// <summary>A started Sandbox seeded with a small organization, and a real client pointed at it.</summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    public const string Org = "nixos";

    public static readonly RepositoryRef Repo = new(Org, "election");

    private SandboxWorld(SandboxServer server, GitHubClientFactory factory)
    {
        Server = server;
        Factory = factory;
        GitHub = factory.Create(new GitHubCallContext { InstallationId = 1, DeliveryId = "delivery-1" });
    }

    public SandboxServer Server { get; }

    public GitHubClientFactory Factory { get; }

    public IGitHub GitHub { get; }

    /// <summary>Fast retries so fault tests take milliseconds.</summary>
    public static GitHubOptions ClientOptions(Uri baseUrl) => new()
    {
        BaseUrl = baseUrl,
        Token = "ghs_test_token",
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        SecondaryRateLimitDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        // Generous: a cold first request on a loaded CI machine can take seconds; the slow-response
        // fault tests set their own short timeout.
        AttemptTimeout = TimeSpan.FromSeconds(15),
    };

    public static async Task<SandboxWorld> StartAsync(SandboxServerOptions? options = null, Func<GitHubOptions, GitHubOptions>? client = null)
    {
        var server = await SandboxServer.StartAsync(options);
        var state = server.State;
        state.AddOrganization(Org);
        foreach (var login in new[] { "alice", "bob", "carol", "dave", "erin" })
        {
            state.AddUser(login, name: login.ToUpperInvariant());
        }

        state.AddUser("renovate[bot]", "Bot");
        state.SeedMember(Org, "alice", "admin");
        state.SeedMember(Org, "bob");
        state.AddTeam(Org, "voters", "Voters");
        state.SeedTeamMember(Org, "voters", "bob");
        state.AddRepository(Org, "election", new Dictionary<string, string>
        {
            ["config/election.yml"] = "title: Test election\nseats: 2\n",
            ["voters.json"] = "{}\n",
            ["candidates/README.md"] = "One file per nominee.\n",
        });
        var options2 = ClientOptions(server.BaseUrl);
        return new SandboxWorld(server, new GitHubClientFactory(client is null ? options2 : client(options2)));
    }

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Server.DisposeAsync();
    }
}
