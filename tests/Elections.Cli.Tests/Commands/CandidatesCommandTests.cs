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

    [Fact]
    public async Task Finalise_DryRunThenReal_MergesTheConfirmedAtItsHeadClosesTheRestSayingWhyAndPublishesTheLockIn()
    {
        var jamal = ConfirmedNominationOfJamal();
        var pablo = _sandbox.State.OpenPullRequest(Org, Repo, "pablo-ruiz", "Nominate myself", "pablo", new Dictionary<string, string?> { ["candidates/pablo-ruiz.md"] = "" });
        var head = _sandbox.State.GetPull(Org, Repo, jamal)["head"]!["sha"]!.GetValue<string>();
        var store = Path.Combine(_sample.Folder.FullName, "store.db");

        var (dryCode, dryOutput, dryError) = await RunCandidatesAsync("finalise", "--github", $"{Org}/{Repo}", "--store", store, "--force", "--dry-run");

        Assert.True(dryCode == 0, dryError);
        Assert.Contains($"would merge #{jamal} (@jamal-bakr) at {head[..7]}", dryOutput, StringComparison.Ordinal);
        Assert.Contains($"would close #{pablo} (@pablo-ruiz): ", dryOutput, StringComparison.Ordinal);
        Assert.Contains("would publish voting/lock-in.json", dryOutput, StringComparison.Ordinal);
        Assert.Equal("open", _sandbox.State.GetPull(Org, Repo, jamal)["state"]!.GetValue<string>());

        var (code, output, error) = await RunCandidatesAsync("finalise", "--github", $"{Org}/{Repo}", "--store", store, "--force");

        Assert.True(code == 0, error);
        Assert.Contains($"merge #{jamal} (@jamal-bakr) at {head[..7]}", output, StringComparison.Ordinal);
        Assert.True(_sandbox.State.GetPull(Org, Repo, jamal)["merged"]!.GetValue<bool>());
        Assert.Equal("closed", _sandbox.State.GetPull(Org, Repo, pablo)["state"]!.GetValue<string>());
        Assert.False(_sandbox.State.GetPull(Org, Repo, pablo)["merged"]!.GetValue<bool>());
        var closing = _sandbox.State.ListComments(Org, Repo, pablo, null).Select(c => c!["body"]!.GetValue<string>()).Single();
        Assert.Contains("form", closing, StringComparison.Ordinal);
        Assert.Contains("endorsements", closing, StringComparison.Ordinal);
        var lockIn = _sandbox.State.GetContent(Org, Repo, "voting/lock-in.json", null);
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(lockIn["content"]!.GetValue<string>()));
        Assert.Contains("\"login\": \"jamal-bakr\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pablo-ruiz", text, StringComparison.Ordinal);

        var (againCode, again, _) = await RunCandidatesAsync("finalise", "--github", $"{Org}/{Repo}", "--store", store, "--force");
        Assert.Equal(0, againCode);
        Assert.Contains("voting/lock-in.json is up to date", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalise_BeforeTheEndorsementDeadline_IsBadInputNamingIt()
    {
        var (code, _, error) = await RunCandidatesAsync("finalise", "--github", $"{Org}/{Repo}", "--store", Path.Combine(_sample.Folder.FullName, "store.db"), "--dry-run");

        Assert.Equal(2, code);
        Assert.Contains("endorsements, acceptances and forms are open until ", error, StringComparison.Ordinal);
        Assert.Contains(" AoE (", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Qa_WritesOnePagePerCandidateWithTheFirstAnswer()
    {
        var question = _sandbox.State.OpenIssue(Org, Repo, "kavya-iyer", "What about funding?", "How would you fund the infrastructure?", ["question"]);
        _sandbox.State.Comment(Org, Repo, question, "amara-okafor", "With sponsors.");
        _sandbox.State.Comment(Org, Repo, question, "amara-okafor", "And donations.");
        var outDir = Path.Combine(_sample.Folder.FullName, "qa-out");

        var (code, output, error) = await RunCandidatesAsync("qa", "--github", $"{Org}/{Repo}", "--store", Path.Combine(_sample.Folder.FullName, "store.db"), "--out", outDir);

        Assert.True(code == 0, error);
        Assert.Contains("amara-okafor: 1 answered, 0 unanswered", output, StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(Path.Combine(outDir, "amara-okafor.md"));
        Assert.Contains("With sponsors.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("And donations.", page, StringComparison.Ordinal);
        Assert.Equal(9, Directory.EnumerateFiles(outDir).Count());
    }

    private int ConfirmedNominationOfJamal()
    {
        var jamal = _sandbox.State.OpenPullRequest(Org, Repo, "kavya-iyer", "Nominate Jamal", "jamal", new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = Form("jamal-bakr") });
        _sandbox.State.Comment(Org, Repo, jamal, "jamal-bakr", "!accept");
        foreach (var endorser in new[] { "lukas-novak", "maria-santos", "niamh-obrien" })
        {
            _sandbox.State.SubmitReview(Org, Repo, jamal, endorser, "APPROVED");
        }

        return jamal;
    }

    [Fact]
    public async Task Remind_FirstRunMentionsEachPersonAndReasonOnce_SecondRunAndDryRunPostNothing()
    {
        var jamal = _sandbox.State.OpenPullRequest(Org, Repo, "kavya-iyer", "Nominate Jamal", "jamal", new Dictionary<string, string?> { ["candidates/jamal-bakr.md"] = Form("jamal-bakr") });
        var pablo = _sandbox.State.OpenPullRequest(Org, Repo, "pablo-ruiz", "Nominate myself", "pablo", new Dictionary<string, string?> { ["candidates/pablo-ruiz.md"] = "" });
        _sandbox.State.Comment(Org, Repo, pablo, "quinn-harper", "!endorse");

        var (dryCode, dryOutput, dryError) = await RunCandidatesAsync("remind", "--github", $"{Org}/{Repo}", "--dry-run", "--json");

        Assert.True(dryCode == 0, dryError);
        using (var dry = JsonDocument.Parse(dryOutput))
        {
            Assert.All(dry.RootElement.GetProperty("reminders").EnumerateArray(), r => Assert.Equal("would-post", r.GetProperty("outcome").GetString()));
        }

        Assert.Empty(Bodies(jamal));
        Assert.Equal(["!endorse"], Bodies(pablo));

        var (code, _, error) = await RunCandidatesAsync("remind", "--github", $"{Org}/{Repo}");

        Assert.True(code == 0, error);
        var onJamal = Bodies(jamal);
        Assert.Equal(3, onJamal.Count);
        Assert.Single(onJamal, b => b.StartsWith("@jamal-bakr you are nominated here: comment `!accept`", StringComparison.Ordinal));
        Assert.Single(onJamal, b => b.StartsWith("@jamal-bakr this nomination has 0 of the 3 endorsements it needs", StringComparison.Ordinal));
        Assert.Single(onJamal, b => b.StartsWith("@kavya-iyer this nomination has 0 of the 3 endorsements it needs", StringComparison.Ordinal));
        var onPablo = Bodies(pablo).Skip(1).ToList();
        Assert.Equal(2, onPablo.Count);
        Assert.Single(onPablo, b => b.StartsWith("@pablo-ruiz your candidate form in this pull request is incomplete", StringComparison.Ordinal));
        Assert.Single(onPablo, b => b.StartsWith("@pablo-ruiz this nomination has 1 of the 3 endorsements it needs", StringComparison.Ordinal));
        Assert.All(onJamal.Concat(onPablo), b => Assert.Contains("2026-09-29 AoE (2026-09-30 12:00 UTC)", b, StringComparison.Ordinal));

        var (againCode, againOutput, againError) = await RunCandidatesAsync("remind", "--github", $"{Org}/{Repo}", "--json");

        Assert.True(againCode == 0, againError);
        using var again = JsonDocument.Parse(againOutput);
        Assert.Equal(5, again.RootElement.GetProperty("reminders").GetArrayLength());
        Assert.All(again.RootElement.GetProperty("reminders").EnumerateArray(), r => Assert.Equal("already-posted", r.GetProperty("outcome").GetString()));
        Assert.Equal(3, Bodies(jamal).Count);
        Assert.Equal(3, Bodies(pablo).Count);
    }

    [Fact]
    public async Task Remind_NobodyNominated_PrintsWithoutAStatusIssueThenCommentsOnItOnce()
    {
        const string Empty = "sc-empty";
        _sandbox.State.AddRepository(Org, Empty, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["config/election.yml"] = _sample.Read("config/election.yml"),
            ["voters.json"] = _sample.Read("voters.json"),
        });

        var (code, output, error) = await RunCandidatesAsync("remind", "--github", $"{Org}/{Empty}");

        Assert.True(code == 0, error);
        Assert.Equal(
            "(no status issue) printed: No candidates yet for Example Co-op Steering Committee Election 2026: nominations close 2026-09-27 AoE (2026-09-28 12:00 UTC). See docs/candidacy.md to nominate someone or yourself.\n",
            output);
        Assert.Empty(_sandbox.State.ListIssues(Org, Empty, "all", null, null, true));

        var status = _sandbox.State.OpenIssue(Org, Empty, _sandbox.State.Bot.Login, "Candidates' status", $"<!-- elections:effect=candidates-status-issue:{Org}/{Empty}:sc-2026 -->");
        for (var run = 0; run < 2; run++)
        {
            (code, _, error) = await RunCandidatesAsync("remind", "--github", $"{Org}/{Empty}");
            Assert.True(code == 0, error);
        }

        var comment = Assert.Single(Bodies(status, Empty));
        Assert.StartsWith("No candidates yet for Example Co-op Steering Committee Election 2026", comment, StringComparison.Ordinal);
        Assert.Contains($"<!-- elections:effect=candidates-reminder:{Org}/{Empty}:sc-2026:no-candidates:nominations -->", comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_AfterEndorsementsClose_ExitsZeroSayingWhy()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { CandidatesCommand.Create(output, error, new FixedClock(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), Environment()) };
        var code = await root.Parse(["candidates", "remind", "--github", $"{Org}/{Repo}"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(code == 0, error.ToString());
        Assert.StartsWith("No reminders: nominations and endorsements are not open", output.ToString(), StringComparison.Ordinal);
    }

    private List<string> Bodies(int number, string repo = Repo) =>
        [.. _sandbox.State.ListComments(Org, repo, number, null).Select(c => c!["body"]!.GetValue<string>())];

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["GH_TOKEN"] = "ghs_test_token",
        ["ELECTIONS_GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        ["ELECTIONS_STORE"] = Path.Combine(_sample.Folder.FullName, "store.db"),
    };

    private async Task<(int Code, string Output, string Error)> RunCandidatesAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { CandidatesCommand.Create(output, error, new FixedClock(During), Environment()) };
        root.Options.Add(GlobalOptions.Verbose);
        var code = await root.Parse(["candidates", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

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
