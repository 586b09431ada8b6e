using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class RollAuditSectionTests
{
    private static string WithAudit(params string[] lines) =>
        RollText.Of(RollText.Active(1, "amara", "amara@example.org")).Replace("  ]\n}\n", "  ],\n  \"audit\": [\n    " + string.Join(",\n    ", lines) + "\n  ]\n}\n", StringComparison.Ordinal);

    [Fact]
    public void Parse_WrittenAudit_RoundTripsExactly()
    {
        var text = WithAudit(
            "{\"at\": \"2026-09-20\", \"action\": \"exception\", \"id\": 1, \"login\": \"amara\", \"reason\": \"Runs meetups\", \"by\": \"olivia-ec\"}",
            "{\"at\": \"2026-09-21\", \"action\": \"account-move\", \"id\": 1, \"previous_id\": 7, \"login\": \"amara\", \"reason\": \"New account\", \"proof\": \"https://example.org/p\"}");

        var parsed = VoterRollParser.Parse(RollText.File, text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.Roll.Audit.Count);
        Assert.Equal((RollChangeKind.AccountMove, 7L, 9), (parsed.Roll.Audit[1].Action, parsed.Roll.Audit[1].PreviousId!.Value, parsed.Roll.Audit[1].Line));
        Assert.Equal(text, VoterRollWriter.Write(parsed.Roll.Voters, parsed.Roll.Audit));
    }

    [Fact]
    public void Write_NoAudit_NoAuditSection()
    {
        var parsed = VoterRollParser.Parse(RollText.File, RollText.Of(RollText.Active(1, "amara", "amara@example.org")));

        Assert.DoesNotContain("audit", VoterRollWriter.Write(parsed.Roll.Voters, parsed.Roll.Audit), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"at\": \"20.9.2026\", \"action\": \"waiver\", \"id\": 1, \"reason\": \"r\"}", "audit[0].at", "YYYY-MM-DD")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"waive\", \"id\": 1, \"reason\": \"r\"}", "audit[0].action", "did you mean \"waiver\"")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"waiver\", \"id\": 1}", "audit[0].reason", "says why")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"waiver\", \"reason\": \"r\"}", "audit[0].id", "name the voter")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"account-move\", \"id\": 1, \"reason\": \"r\", \"proof\": \"https://e.org/p\"}", "audit[0].previous_id", "old id")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"account-move\", \"id\": 1, \"previous_id\": 2, \"reason\": \"r\"}", "audit[0].proof", "http(s) link")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"waiver\", \"id\": 1, \"previous_id\": 2, \"reason\": \"r\"}", "audit[0].previous_id", "only account moves")]
    [InlineData("{\"at\": \"2026-09-20\", \"action\": \"waiver\", \"id\": 1, \"reason\": \"r\", \"reasn\": \"x\"}", "audit[0].reasn", "did you mean \"reason\"")]
    public void Parse_BadAuditLine_ProblemOnItsLine(string line, string field, string message)
    {
        var parsed = VoterRollParser.Parse(RollText.File, WithAudit(line));

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((8, field), (problem.Line, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AuditNotAnArray_Problem()
    {
        var parsed = VoterRollParser.Parse(RollText.File, RollText.Of(RollText.Active(1, "amara", "amara@example.org")).Replace("  ]\n}", "  ],\n  \"audit\": {}\n}", StringComparison.Ordinal));

        Assert.Equal("audit", Assert.Single(parsed.Problems).Field);
    }
}
