using Elections.App.Ports.GitHub;
using Elections.Tests.Support;

namespace Elections.Sandbox.Tests.ElectionFiles;

/// <summary>
/// Seeds one installation's repositories in a Sandbox: the repository's sample election, a website
/// without <c>config/election.yml</c>, and an election whose config is broken.
/// </summary>
internal static class ElectionRepositories
{
    public static readonly RepositoryRef Valid = new(SandboxWorld.Org, "sc-election-2026");

    public static readonly RepositoryRef NoConfig = new(SandboxWorld.Org, "website");

    public static readonly RepositoryRef Broken = new(SandboxWorld.Org, "sc-election-broken");

    public static void Seed(SandboxServer server)
    {
        var state = server.State;
        state.AddRepository(Valid.Owner, Valid.Name, SampleElection.Files);
        state.AddRepository(NoConfig.Owner, NoConfig.Name, new Dictionary<string, string> { ["index.md"] = "# Hello\n" });
        var broken = SampleElection.WithConfig(config => config.Replace("seats: 7", "seats: 0", StringComparison.Ordinal));
        state.AddRepository(Broken.Owner, Broken.Name, broken);
    }
}
