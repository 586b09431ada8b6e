using System.CommandLine;
using System.Text.Json;
using Elections.Cli.Commands;
using Elections.Cli.Tests.Support;
using Elections.Sandbox;

namespace Elections.Cli.Tests.Commands;

/// <summary><c>elections candidates status</c> from a folder and from the Sandbox over HTTP (GH_TOKEN, ELECTIONS_GITHUB_API_URL).</summary>
public sealed class CandidatesCommandTests : IAsyncLifetime, IDisposable
{
    private const string Org = "examplecoop";
    private const string Repo = "sc-election-2026";

    /// <summary>During nominations of the sample election (nominations close 2026-09-28 12:00 UTC).</summary>
    private static readonly DateTimeOffset During = new(2026, 9, 20, 10, 0, 0, TimeSpan.Zero);

    private SampleRepository _sample = null!;
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sample = new SampleRepository();
        _sandbox = await SandboxServer.StartAsync(new SandboxServerOptions { Time = new FixedClock(During) });
        var files = Directory.EnumerateFiles(_sample.Folder.FullName, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_sample.Folder.FullName, path).Replace('\\', '/'))
            .Where(path => path == "config/election.yml" || path == "voters.json" || path.StartsWith("candidates/", StringComparison.Ordinal))
            .ToDictionary(path => path, _sample.Read);
        using var roll = JsonDocument.Parse(files["voters.json"]);
        foreach (var voter in roll.RootElement.GetProperty("voters").EnumerateArray())
        {
            _sandbox.State.AddUser(voter.GetProperty("login").GetString()!, id: voter.GetProperty("id").GetInt64());
        }

        _sandbox.State.AddOrganization(Org);
        _sandbox.State.AddRepository(Org, Repo, files);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
    }

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task Status_FromGitHub_ListsFilesAndOpenNominationsJudgedLikeTheBot()
    {
        var jamal = _sandbox.State.OpenPullRequest(Org, Repo, "kavya-iyer", "Nominate Jamal", "jamal", new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = Form("jamal-bakr") });
        _sandbox.State.Comment(Org, Repo, jamal, "jamal-bakr", "!accept");
        foreach (var endorser in new[] { "lukas-novak", "maria-santos", "niamh-obrien" })
        {
            _sandbox.State.SubmitReview(Org, Repo, jamal, endorser, "APPROVED");
        }

        var pablo = _sandbox.State.OpenPullRequest(Org, Repo, "pablo-ruiz", "Nominate myself", "pablo", new Dictionary<string, string?> { ["candidates/pablo-ruiz.md"] = "" });
        _sandbox.State.Comment(Org, Repo, pablo, "quinn-harper", "!endorse");

        var (code, output, error) = await RunAsync("--github", $"{Org}/{Repo}", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var nominees = json.RootElement.GetProperty("nominees").EnumerateArray().ToDictionary(n => n.GetProperty("login").GetString()!);
        Assert.Equal(9 + 2, nominees.Count);
        var confirmed = nominees["jamal-bakr"];
        Assert.Equal(
            """{"login":"jamal-bakr","id":1000010,"pull_request":1,"nominated_by":"kavya-iyer","accepted":true,"form_complete":true,"endorsers":["lukas-novak","maria-santos","niamh-obrien"],"independent":4,"status":"confirmed","missing":[]}""",
            JsonSerializer.Serialize(confirmed));
        var pending = nominees["pablo-ruiz"];
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(["form", "endorsements", "independence"], pending.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["quinn-harper"], pending.GetProperty("endorsers").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Status_FromFolder_HumanTableListsEachCandidateFile()
    {
        var (code, output, _) = await CliRun.RunAsync("candidates", "status", "--repo", _sample.Folder.FullName);

        Assert.Equal(0, code);
        Assert.StartsWith("nominee ", output, StringComparison.Ordinal);
        Assert.Contains("@amara-okafor ", output, StringComparison.Ordinal);
        Assert.Equal(10, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("not-a-repo", "'not-a-repo' is not OWNER/REPO")]
    [InlineData("examplecoop/nothing-here", "")]
    public async Task Status_BadGitHubRepository_IsBadInput(string name, string message)
    {
        var (code, _, error) = await RunAsync("--github", name);

        Assert.True(code is 2 or 1, error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    private static string Form(string login) =>
        $"---\nname: {login}\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest: none\n---\n\nWhy I am running.\n";

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GH_TOKEN"] = "ghs_test_token",
            ["ELECTIONS_GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
            ["ELECTIONS_STORE"] = Path.Combine(_sample.Folder.FullName, "store.db"),
        };
        var root = new RootCommand { new Command("candidates") { CandidatesStatusCommand.Create(output, error, env) } };
        root.Options.Add(GlobalOptions.Verbose);
        var code = await root.Parse(["candidates", "status", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
