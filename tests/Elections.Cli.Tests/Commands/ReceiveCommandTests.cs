using System.CommandLine;
using Elections.Cli.Commands;
using Elections.Sandbox;
using Elections.Tests.Support;

namespace Elections.Cli.Tests.Commands;

/// <summary><c>elections receive</c> against the Sandbox over HTTP, with a real SQLite journal.</summary>
public sealed class ReceiveCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-receive-");
    private SandboxServer _sandbox = null!;
    private int _issue;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _sandbox.State.AddUser("alice");
        _sandbox.State.AddOrganization("acme");
        _sandbox.State.AddRepository("acme", "election");
        _issue = _sandbox.State.OpenIssue("acme", "election", "alice", "Nominations");
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Receive_ActionsEnvironment_CommentsOnceAndWritesSummary()
    {
        var env = Environment(WritePayload(55, "!ping"));

        var (first, firstOut, _) = await RunAsync(env);
        var (second, secondOut, _) = await RunAsync(env);

        Assert.Equal((0, 0), (first, second));
        Assert.Contains("applied: comment on acme/election#" + _issue, firstOut, StringComparison.Ordinal);
        Assert.Contains("already applied", secondOut, StringComparison.Ordinal);
        Assert.Single(_sandbox.State.ListComments("acme", "election", _issue, null), c => ((string?)c!["body"] ?? "").StartsWith("pong (@alice)\n\n<!-- elections:effect=", StringComparison.Ordinal));
        var summary = await File.ReadAllTextAsync(env["GITHUB_STEP_SUMMARY"]);
        Assert.Contains("### elections receive: `issue_comment.created`", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_DryRunWithoutToken_ReportsAndChangesNothing()
    {
        var env = Environment(WritePayload(56, "!ping"));
        env.Remove("GH_TOKEN");
        // The commenter is on no roll, and without a token the non-voter notice (on by default) could not read the election.
        env["ELECTIONS_NON_VOTER_NOTICE"] = "false";

        var (code, output, error) = await RunAsync(env, "--dry-run");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("(dry run: nothing applied)", output, StringComparison.Ordinal);
        Assert.Contains("would apply: comment on acme/election#", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.State.ListComments("acme", "election", _issue, null));
    }

    [Fact]
    public async Task Receive_ExplicitOptions_OverrideEnvironment()
    {
        var env = Environment(WritePayload(57, "no command here"));
        var payload = WritePayload(58, "!ping");

        var (code, output, _) = await RunAsync(env, "--event", "issue_comment", "--payload", payload, "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("would apply", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_MissingPayloadFile_ExitsTwoNamingFile()
    {
        var env = Environment(Path.Combine(_folder.FullName, "absent.json"));

        var (code, _, error) = await RunAsync(env);

        Assert.Equal(2, code);
        Assert.Contains("absent.json: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_PayloadNotMatchingEvent_ExitsTwoWithReason()
    {
        var path = Path.Combine(_folder.FullName, "bad.json");
        await File.WriteAllTextAsync(path, "{\"action\": \"created\"}");

        var (code, _, error) = await RunAsync(Environment(path));

        Assert.Equal(2, code);
        Assert.Contains("payload is not a valid issue_comment event", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_NoEventAnywhere_ExitsTwoSayingWhatToGive()
    {
        var (code, _, error) = await RunAsync(new Dictionary<string, string>(StringComparer.Ordinal));

        Assert.Equal(2, code);
        Assert.Contains("give --event NAME and --payload FILE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_OldAppVariableName_ExitsTwoSayingTheNewName()
    {
        var env = Environment(WritePayload(59, "!ping"));
        env["GITHUB_APP_ID"] = "4242";

        var (code, _, error) = await RunAsync(env);

        Assert.Equal(2, code);
        Assert.Contains("GITHUB_APP_ID is no longer read: rename it to ELECTIONS_APP_ID", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ELECTIONS_DRY_RUN", "maybe", "set it to true or false")]
    [InlineData("ELECTIONS_WORKERS", "-3", "set it to a whole number of workers")]
    [InlineData("ELECTIONS_GITHUB_API_URL", "ftp://x", "set it to an http(s) URL")]
    public async Task Receive_BadVariableValue_ExitsTwoNamingItAndTheFix(string variable, string value, string fix)
    {
        var env = Environment(WritePayload(60, "!ping"));
        env[variable] = value;

        var (code, output, error) = await RunAsync(env);

        Assert.Equal(2, code);
        Assert.Contains($"{variable} is '{value}': {fix}", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    private Dictionary<string, string> Environment(string payloadPath) => new(StringComparer.Ordinal)
    {
        ["GITHUB_EVENT_NAME"] = "issue_comment",
        ["GITHUB_EVENT_PATH"] = payloadPath,
        ["GH_TOKEN"] = "ghs_test_token",
        ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        ["GITHUB_RUN_ID"] = "1234",
        ["GITHUB_STEP_SUMMARY"] = Path.Combine(_folder.FullName, "summary.md"),
        ["ELECTIONS_STORE"] = Path.Combine(_folder.FullName, "store.db"),
    };

    private string WritePayload(long commentId, string body)
    {
        var path = Path.Combine(_folder.FullName, $"event-{commentId}.json");
        File.WriteAllText(path, CommentPayloads.Create(commentId, body, issueNumber: _issue));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ReceiveCommand.Create(output, error, env) };
        root.Options.Add(GlobalOptions.Verbose);
        var code = await root.Parse(["receive", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
