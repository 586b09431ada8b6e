using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class VoterRollParserTests
{
    private static Problem Single(string text)
    {
        var result = VoterRollParser.Parse(RollText.File, text);
        return Assert.Single(result.Problems);
    }

    private static void AssertAt(Problem problem, int line, string field, string message) =>
        ProblemAssert.At(problem, RollText.File, line, field, message);

    [Fact]
    public void Parse_WellFormedRoll_ReadsEveryFieldWithLines()
    {
        var text = RollText.Of(
            RollText.Active(7, "amara", "amara@example.org"),
            "{\"id\": 8, \"login\": \"bo\", \"source\": {\"kind\": \"exception\", \"reason\": \"runs meetups\"}, \"status\": \"no-email\", \"note\": \"n\"}");

        var result = VoterRollParser.Parse(RollText.File, text);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Roll.Voters.Count);
        var amara = result.Roll.Voters[0];
        Assert.Equal((7L, "amara", "amara@example.org", VoterStatus.Active, 5), (amara.Id!.Value, amara.Login, amara.Email, amara.Status, amara.Line));
        var bo = result.Roll.Voters[1];
        Assert.Equal(VoterSource.Exception("runs meetups"), bo.Source);
        Assert.Equal((VoterStatus.NoEmail, "n", 6), (bo.Status, bo.Note, bo.Line));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\": \"elections/voters\",\n  \"version\": 1,\n  \"voters\": [\n")]
    [InlineData("{} trailing")]
    public void Parse_NotJson_OneProblemWithLine(string text)
    {
        var problem = Single(text);

        Assert.Equal(RollText.File, problem.File);
        Assert.True(problem.Line >= 1);
        Assert.Contains("JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorOnLine3_ReportsLine3()
    {
        var problem = Single("{\n  \"format\": \"elections/voters\",\n  \"version\": 1,,\n  \"voters\": []\n}");

        Assert.Equal(3, problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Parse_Empty_SaysEmpty(string text) =>
        AssertAt(Single(text), 0, "", "empty");

    [Fact]
    public void Parse_ByteOrderMark_Ignored() =>
        Assert.Empty(VoterRollParser.Parse(RollText.File, "\uFEFF" + RollText.Of()).Problems);

    [Fact]
    public void Parse_TopLevelArray_SaysObjectExpected() =>
        AssertAt(Single("[1, 2]"), 1, "", "must be an object");

    [Fact]
    public void Parse_NixosMap_PointsToImport() =>
        AssertAt(Single("{\n  \"a@example.org\": 1,\n  \"@bo: No known email\": 2\n}"), 1, "", "import-nixos");

    [Fact]
    public void Parse_MissingTopFields_NamesEach()
    {
        var result = VoterRollParser.Parse(RollText.File, "{\"format\": \"elections/voters\"}");

        Assert.Equal(["version", "voters"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("{\"format\": \"nixos\", \"version\": 1, \"voters\": []}", "format", "elections/voters")]
    [InlineData("{\"format\": \"elections/voters\", \"version\": 2, \"voters\": []}", "version", "version 1")]
    [InlineData("{\"format\": \"elections/voters\", \"version\": 1, \"voterz\": []}", "voterz", "did you mean \"voters\"")]
    [InlineData("{\"format\": \"elections/voters\", \"version\": 1, \"voters\": {}}", "voters", "must be an array")]
    public void Parse_BadTopField_ReportsField(string text, string field, string message)
    {
        var result = VoterRollParser.Parse(RollText.File, text);

        Assert.Contains(result.Problems, p => p.Line == 1 && p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"emial\": \"a@example.org\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].emial", "did you mean \"email\"")]
    [InlineData("{\"id\": \"1\", \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].id", "numeric GitHub user id")]
    [InlineData("{\"id\": -4, \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].id", "positive")]
    [InlineData("{\"id\": 1.5, \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].id", "positive")]
    [InlineData("{\"id\": 1, \"login\": 5, \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].login", "must be a string")]
    [InlineData("{\"id\": 1, \"login\": \"bad login!\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].login", "not a GitHub login")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}}", "voters[0].status", "missing")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"actve\"}", "voters[0].status", "did you mean \"active\"")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"status\": \"no-email\"}", "voters[0].source", "missing")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": \"automatic\", \"status\": \"no-email\"}", "voters[0].source", "must be an object")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"auto\"}, \"status\": \"no-email\"}", "voters[0].source.kind", "\"automatic\" or \"exception\"")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"exception\"}, \"status\": \"no-email\"}", "voters[0].source.reason", "needs the reason")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"automatic\", \"reason\": \"x\"}, \"status\": \"no-email\"}", "voters[0].source.reason", "only exceptions")]
    [InlineData("{\"id\": 1, \"login\": \"a\", \"source\": {\"kind\": \"automatic\", \"why\": \"x\"}, \"status\": \"no-email\"}", "voters[0].source.why", "unknown field")]
    [InlineData("{\"id\": 1, \"id\": 2, \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "voters[0].id", "appears twice")]
    [InlineData("\"a@example.org\"", "voters[0]", "must be a voter object")]
    public void Parse_BadVoterField_ReportsFileLineField(string voter, string field, string message) =>
        AssertAt(Single(RollText.Of(voter)), 5, field, message);

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInOneRun()
    {
        var text = RollText.Of(
            "{\"id\": \"x\", \"login\": \"a\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}",
            RollText.Active(2, "b", "b@example.org"),
            "{\"id\": 3, \"login\": \"c\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"gone\", \"colour\": 1}");

        var result = VoterRollParser.Parse(RollText.File, text);

        Assert.Equal([(5, "voters[0].id"), (7, "voters[2].status"), (7, "voters[2].colour")], result.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal(2, result.Roll.Voters.Count);
    }

    [Fact]
    public void Parse_VoterSpreadOverLines_FieldProblemOnItsOwnLine()
    {
        var text = "{\n\"format\": \"elections/voters\",\n\"version\": 1,\n\"voters\": [\n  {\n    \"id\": 1,\n    \"login\": \"a\",\n    \"email\": 42,\n    \"source\": {\"kind\": \"automatic\"},\n    \"status\": \"no-email\"\n  }\n]\n}";

        AssertAt(Single(text), 8, "voters[0].email", "must be a string");
    }
}
