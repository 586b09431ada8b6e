using System.Text;
using Elections.Cli.Tests.Support;
using Elections.Sandbox;

namespace Elections.Cli.Tests.Commands.Announce;

/// <summary>
/// <c>elections announce NAME --channel website --post</c> against the Sandbox over HTTP, in a child process: the page
/// (Markdown and HTML, exactly what <c>--out</c> writes) is proposed as one pull request to
/// <c>announcements.site_repository</c> under <c>announcements.site_path</c>; a rerun finds it by its marker.
/// </summary>
public sealed class AnnounceWebsiteTests : IAsyncLifetime, IDisposable
{
    private const string Org = "examplecoop";
    private const string Site = "website";

    private readonly SampleRepository _sample = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxServerOptions());
        _sandbox.State.AddOrganization(Org);
        _sandbox.State.AddRepository(Org, Site, new Dictionary<string, string> { ["README.md"] = "# Website\n" });
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task Post_TwiceThenOut_OnePullRequestHoldingTheRenderedPage()
    {
        _sample.Write("config/election.yml", _sample.Read("config/election.yml") + $"\nannouncements:\n  site_repository: {Org}/{Site}\n  site_path: content/news\n");
        var first = await PostAsync();
        var again = await PostAsync();
        var outDir = Path.Combine(_sample.Folder.FullName, "out");
        var rendered = await ChildCli.RunAsync(Environment(), "announce", "kickoff", "--channel", "website", "--repo", _sample.Folder.FullName, "--out", outDir);

        Assert.True(first.Exit == 0, first.Out + first.Error);
        Assert.Contains($"proposed content/news/sc-2026-kickoff.md and .html to {Org}/{Site} in pull request #1", first.Out, StringComparison.Ordinal);
        Assert.True(again.Exit == 0, again.Out + again.Error);
        Assert.Contains("already proposed", again.Out, StringComparison.Ordinal);
        Assert.Equal(0, rendered.Exit);
        Assert.Single(_sandbox.Requests, r => r.Status < 300 && r.Method == "POST" && r.Path == $"/repos/{Org}/{Site}/pulls");
        var pull = _sandbox.State.GetPull(Org, Site, 1);
        var branch = pull["head"]!["ref"]!.GetValue<string>();
        Assert.Equal("elections/website-sc-2026-kickoff", branch);
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "kickoff.website.html")), FileOn(branch, "content/news/sc-2026-kickoff.html"));
        Assert.Contains(File.ReadAllText(Path.Combine(outDir, "kickoff.website.md")).Trim(), FileOn(branch, "content/news/sc-2026-kickoff.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoSiteRepository_ExitsTwoNamingTheKey()
    {
        var (exit, _, error) = await PostAsync();

        Assert.Equal(2, exit);
        Assert.Contains("announcements.site_repository", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
        Assert.DoesNotContain(_sandbox.Requests, r => r.Method == "POST");
    }

    private string FileOn(string branch, string path) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(_sandbox.State.GetContent(Org, Site, path, branch)["content"]!.GetValue<string>().Replace("\n", "", StringComparison.Ordinal)));

    private Task<(int Exit, string Out, string Error)> PostAsync() =>
        ChildCli.RunAsync(Environment(), "announce", "kickoff", "--channel", "website", "--post", "--repo", _sample.Folder.FullName);

    private Dictionary<string, string?> Environment() => new(StringComparer.Ordinal)
    {
        ["GH_TOKEN"] = "ghs_test_token",
        ["ELECTIONS_GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        ["GITHUB_REPOSITORY"] = null,
        ["ELECTIONS_STORE"] = null,
    };
}
