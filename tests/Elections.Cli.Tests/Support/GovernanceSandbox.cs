using System.Text;
using Elections.Core.Voting;
using Elections.Sandbox;

namespace Elections.Cli.Tests.Support;

/// <summary>
/// The Sandbox (an emulated GitHub over HTTP) holding a governance repository whose members file lists one member
/// whose term has ended by the sample election's close and one who stays: the target of <c>elections results writeback</c>.
/// </summary>
internal sealed class GovernanceSandbox : IAsyncDisposable
{
    public const string Org = "examplecoop";
    public const string Repo = "governance";
    public const string MembersPath = "committee/members.yml";

    /// <summary>The bot's write-back branch for the sample election (slug <c>sc-2026</c>).</summary>
    public const string Branch = "elections/writeback-sc-2026";

    private const string Members = """
        - login: "ended-member"
          name: "Ended Member"
          term_ends: 2026-10-01
        - login: "staying-member"
          name: "Staying Member"
          term_ends: 2027-10-26
        """;

    private GovernanceSandbox(SandboxServer server) => Server = server;

    public SandboxServer Server { get; }

    /// <summary>Starts the Sandbox with the governance repository and its members file on the default branch.</summary>
    public static async Task<GovernanceSandbox> StartAsync()
    {
        var server = await SandboxServer.StartAsync(new SandboxServerOptions());
        server.State.AddOrganization(Org);
        server.State.AddRepository(Org, Repo, new Dictionary<string, string> { [MembersPath] = Members + "\n", ["README.md"] = "# Governance\n" });
        return new GovernanceSandbox(server);
    }

    /// <summary>Points the election's <c>results.governance_file</c> at the members file (or at <paramref name="repository"/>).</summary>
    public static void Configure(SampleRepository sample, string repository = $"{Org}/{Repo}") =>
        sample.SetResultsSection($"results:\n  governance_file:\n    repository: {repository}\n    path: {MembersPath}\n    format: yaml-members\n");

    /// <summary>The variables a child <c>elections</c> needs to reach the Sandbox as GitHub, with no repository or store of its own.</summary>
    public Dictionary<string, string?> Environment() => new(StringComparer.Ordinal)
    {
        ["GH_TOKEN"] = "ghs_test_token",
        ["ELECTIONS_GITHUB_API_URL"] = Server.BaseUrl.AbsoluteUri,
        ["GITHUB_REPOSITORY"] = null,
        ["ELECTIONS_STORE"] = null,
    };

    /// <summary>Runs <c>elections results writeback --repo DIR</c> in a child process against the Sandbox.</summary>
    public Task<(int Exit, string Out, string Error)> WriteBackAsync(string dir, params string[] more) =>
        ChildCli.RunAsync(Environment(), ["results", "writeback", "--repo", dir, .. more]);

    /// <summary>The members file as the write-back branch has it.</summary>
    public string ReadOnBranch() =>
        Encoding.UTF8.GetString(Convert.FromBase64String(Server.State.GetContent(Org, Repo, MembersPath, Branch)["content"]!.GetValue<string>().Replace("\n", "", StringComparison.Ordinal)));

    /// <summary>
    /// Asserts the members file on the write-back branch: each of <paramref name="elected"/> with its term end (the
    /// sample's close, 2026-10-26, plus the term), the staying member, and not the member whose term ended.
    /// </summary>
    public void AssertProposed(IEnumerable<(string Login, int TermYears)> elected)
    {
        var proposed = GovernanceMembers.Parse(ReadOnBranch(), MembersPath);
        var expected = elected.Select(e => (e.Login, new DateOnly(2026, 10, 26).AddYears(e.TermYears))).Append(("staying-member", new DateOnly(2027, 10, 26)));
        Assert.Equal(expected.OrderBy(e => e.Item1, StringComparer.OrdinalIgnoreCase), proposed.Select(m => (m.Login, m.TermEnds)).OrderBy(m => m.Login, StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(proposed, m => m.Login == "ended-member");
    }

    /// <summary>The successful pull-request creations the Sandbox served.</summary>
    public int PullRequestsOpened() => Server.Requests.Count(r => r.Status < 300 && r.Method == "POST" && r.Path == $"/repos/{Org}/{Repo}/pulls");

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
