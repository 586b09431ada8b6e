using Elections.Cli.Tests.Support;
using Elections.Sandbox;

namespace Elections.Cli.Tests.Commands.Announce;

/// <summary>
/// <c>elections announce NAME --channel github --post</c> against the Sandbox over HTTP, in a child process (GH_TOKEN,
/// ELECTIONS_GITHUB_API_URL): the first announcement opens the election's announcement pull request, asks the voters
/// team to review, withdraws the request and locks it; later ones are comments; a rerun changes nothing.
/// </summary>
public sealed class AnnounceGitHubTests : IAsyncLifetime, IDisposable
{
    private const string Org = "examplecoop";
    private const string Repo = "sc-election-2026";

    private readonly SampleRepository _sample = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxServerOptions());
        _sandbox.State.AddOrganization(Org);
        _sandbox.State.AddTeam(Org, "voters-2026");
        _sandbox.State.AddRepository(Org, Repo, new Dictionary<string, string> { ["config/election.yml"] = _sample.Read("config/election.yml"), ["README.md"] = "# Election\n" });
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task Post_FirstThenLaterThenAgain_OnePullRequestNotifiedLockedWithOneCommentEach()
    {
        var kickoff = await PostAsync("kickoff");
        var reminder = await PostAsync("nominations-reminder");
        var again = await PostAsync("nominations-reminder");
        var first = await PostAsync("kickoff");

        Assert.All(new[] { kickoff, reminder, again, first }, run => Assert.True(run.Exit == 0, run.Out + run.Error));
        Assert.Contains("opened the announcement pull request #1 and notified the team voters-2026", kickoff.Out, StringComparison.Ordinal);
        Assert.Contains("commented on the announcement pull request #1", reminder.Out, StringComparison.Ordinal);
        Assert.Contains("already posted", again.Out, StringComparison.Ordinal);
        Assert.Contains("already posted", first.Out, StringComparison.Ordinal);

        var calls = _sandbox.Requests.Where(r => r.Status < 300).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Single(calls, c => c == $"POST /repos/{Org}/{Repo}/pulls");
        var requested = calls.IndexOf($"POST /repos/{Org}/{Repo}/pulls/1/requested_reviewers");
        var withdrawn = calls.IndexOf($"DELETE /repos/{Org}/{Repo}/pulls/1/requested_reviewers");
        var locked = calls.IndexOf($"PUT /repos/{Org}/{Repo}/issues/1/lock");
        Assert.True(requested >= 0 && requested < withdrawn && withdrawn < locked, string.Join("\n", calls));
        Assert.Single(calls, c => c.EndsWith("/requested_reviewers", StringComparison.Ordinal) && c.StartsWith("POST", StringComparison.Ordinal));

        var pull = _sandbox.State.GetPull(Org, Repo, 1);
        Assert.True(pull["locked"]!.GetValue<bool>());
        Assert.Empty(pull["requested_teams"]!.AsArray());
        Assert.Equal("elections/announcements-sc-2026", pull["head"]!["ref"]!.GetValue<string>());
        var comments = _sandbox.State.ListComments(Org, Repo, 1, null);
        var comment = Assert.Single(comments);
        Assert.StartsWith("## ", comment!["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoRepository_ExitsTwoNamingGitHubOption()
    {
        var (exit, _, error) = await ChildCli.RunAsync(Environment(), "announce", "kickoff", "--channel", "github", "--post", "--repo", _sample.Folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("--github", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    private Task<(int Exit, string Out, string Error)> PostAsync(string name) =>
        ChildCli.RunAsync(Environment(), "announce", name, "--channel", "github", "--post", "--repo", _sample.Folder.FullName, "--github", $"{Org}/{Repo}");

    private Dictionary<string, string?> Environment() => new(StringComparer.Ordinal)
    {
        ["GH_TOKEN"] = "ghs_test_token",
        ["ELECTIONS_GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        ["GITHUB_REPOSITORY"] = null,
        ["ELECTIONS_STORE"] = null,
    };
}
