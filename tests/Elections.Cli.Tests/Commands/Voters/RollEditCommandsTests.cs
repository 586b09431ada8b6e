using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Voters;

/// <summary><c>elections voters except | waive | opt-out | revoke | move-account</c> on a copy of the sample election.</summary>
public sealed class RollEditCommandsTests : IDisposable
{
    private readonly SampleRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliRun.RunAsync(["voters", .. args, "--repo", _repo.Folder.FullName, "--date", "2026-09-20"]);

    [Fact]
    public async Task Waive_Voter_WritesStatusAuditLineAndPrintsCommitMessage()
    {
        var message = _repo.PathOf("message.txt");

        var (exit, output, error) = await RunAsync("waive", "uma-patel", "--reason", "Replied waive to the kickoff mail", "--by", "olivia-ec", "--message-file", message);

        Assert.Equal(0, exit);
        Assert.StartsWith("voters.json: @uma-patel (1000020) waives the vote\n\nReason: Replied waive to the kickoff mail\nDecided by: @olivia-ec\nDate: 2026-09-20\n", output, StringComparison.Ordinal);
        Assert.Equal(output, await File.ReadAllTextAsync(message));
        Assert.Contains("wrote voters.json:24:", error, StringComparison.Ordinal);
        var roll = _repo.Read("voters.json");
        Assert.Contains("\"login\": \"uma-patel\", \"email\": \"uma.patel@example.net\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"waived\", \"note\": \"Waived the vote on 2026-09-20: Replied waive to the kickoff mail\"}", roll, StringComparison.Ordinal);
        Assert.Contains("{\"at\": \"2026-09-20\", \"action\": \"waiver\", \"id\": 1000020, \"login\": \"uma-patel\", \"reason\": \"Replied waive to the kickoff mail\", \"by\": \"olivia-ec\"}", roll, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync("validate", "--repo", _repo.Folder.FullName)).Exit);
    }

    [Fact]
    public async Task Except_DryRun_PrintsTheLineWritesNothing()
    {
        var before = _repo.Read("voters.json");

        var (exit, output, error) = await RunAsync("except", "1000099", "--login", "new-person", "--email", "new.person@example.org", "--reason", "Runs the meetups", "--dry-run");

        Assert.Equal(0, exit);
        Assert.StartsWith("voters.json: exception for @new-person (1000099)", output, StringComparison.Ordinal);
        Assert.Contains("dry run: would write voters.json:49: {\"id\": 1000099, \"login\": \"new-person\", \"email\": \"new.person@example.org\", \"source\": {\"kind\": \"exception\", \"reason\": \"Runs the meetups\"}, \"status\": \"active\"}", error, StringComparison.Ordinal);
        Assert.Equal(before, _repo.Read("voters.json"));
    }

    [Fact]
    public async Task Except_AddressOfAnotherVoter_Exit2NamesTheLineWritesNothing()
    {
        var before = _repo.Read("voters.json");

        var (exit, output, error) = await RunAsync("except", "1000099", "--login", "new-person", "--email", "Bruno.Lindqvist@example.org", "--reason", "x");

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("voters.json:49: voters[44].email: \"Bruno.Lindqvist@example.org\" is already used on line 6", error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
        Assert.Equal(before, _repo.Read("voters.json"));
    }

    [Fact]
    public async Task Except_ExcludedAccount_Exit2ByFullValidation()
    {
        var (exit, _, error) = await RunAsync("except", "9100002", "--login", "spammer-9000", "--reason", "x");

        Assert.Equal(2, exit);
        Assert.Contains("is excluded by config/election.yml eligibility.excluded_accounts", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Except_LoginWithoutCredentials_Exit2AsksForTheId()
    {
        var (exit, _, error) = await CliRun.RunAsync("voters", "except", "someone", "--reason", "x", "--repo", _repo.Folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("command line: LOGIN|ID: \"someone\" is a login, but the roll is keyed by numeric id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptOut_NoEmailVoter_Exit2Explains()
    {
        var (exit, _, error) = await RunAsync("opt-out", "mateo-fernandez", "--reason", "x");

        Assert.Equal(2, exit);
        Assert.Contains("voters.json:42: voters[37].status: @mateo-fernandez (1000038) is \"no-email\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_Voter_StatusAccessRevoked()
    {
        var (exit, _, _) = await RunAsync("revoke", "1000021", "--reason", "Repeated Q&A rule violations");

        Assert.Equal(0, exit);
        Assert.Contains("\"status\": \"access-revoked\", \"note\": \"Repository access revoked on 2026-09-20: Repeated Q&A rule violations\"", _repo.Read("voters.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveAccount_WithProof_NewIdKeepsLoginWhenNoneGiven()
    {
        var (exit, output, _) = await RunAsync("move-account", "viktor-petrov", "2000021", "--proof", "https://github.com/examplecoop/sc-election-2026/issues/9", "--reason", "Lost the old account");

        Assert.Equal(0, exit);
        Assert.StartsWith("voters.json: move @viktor-petrov (2000021) from id 1000021", output, StringComparison.Ordinal);
        Assert.Contains("{\"id\": 2000021, \"login\": \"viktor-petrov\"", _repo.Read("voters.json"), StringComparison.Ordinal);
        Assert.Contains("\"previous_id\": 1000021", _repo.Read("voters.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveAccount_WithoutProof_Exit2()
    {
        var (exit, _, error) = await RunAsync("move-account", "viktor-petrov", "2000021", "--reason", "x");

        Assert.Equal(2, exit);
        Assert.Contains("--proof", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waive_BrokenRoll_Exit2FixFirst()
    {
        _repo.Replace("voters.json", "\"status\": \"active\"", "\"status\": \"actve\"");

        var (exit, _, error) = await RunAsync("waive", "uma-patel", "--reason", "x");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean \"active\"", error, StringComparison.Ordinal);
        Assert.Contains("fix these first", error, StringComparison.Ordinal);
    }
}
