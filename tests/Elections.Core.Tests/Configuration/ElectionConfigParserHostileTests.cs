using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

/// <summary>Hostile configuration text (issue 8, items 2 and 8): refused with the line and the fix, never a crash.</summary>
public sealed class ElectionConfigParserHostileTests
{
    [Fact]
    public void Parse_SelfReferencingAlias_ReportsTheLoopAtItsLine()
    {
        var text = SampleConfig.Text + "extra: &x {self: *x}\n";

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(SampleConfig.LineOf(text, "extra: &x"), problem.Line);
        Assert.Contains("*x is inside the node &x", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlowNesting20000Deep_ReportsTheDepthLimit()
    {
        var text = SampleConfig.Text + "extra: " + new string('[', 20_000) + new string(']', 20_000) + "\n";

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(SampleConfig.LineOf(text, "extra: [["), problem.Line);
        Assert.Contains("nested more than 64 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughsAsFieldValue_ReportsTheExpansionLimit()
    {
        var text = SampleConfig.With("voters_team: voters-2026", "") + Laughs(9) + "voters_team: *l9\n";

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Contains("more than 100,000 values once its aliases", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void Parse_Year9999_ReportsTheDateWithItsField()
    {
        var text = SampleConfig.With("results: 2026-10-27", "results: 9999-12-31");

        var result = SampleConfig.Parse(text);

        var problem = Assert.Single(result.Problems, p => p.Field == "timeline.results");
        Assert.Equal(SampleConfig.LineOf(text, "results: 9999-12-31"), problem.Line);
        Assert.Contains("years 2000–2999", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongValueOfWrongType_QuotesOnlyItsStart()
    {
        var text = SampleConfig.With("seats: 7", "seats: " + new string('x', 5_000));

        var problem = Assert.Single(SampleConfig.Parse(text).Problems, p => p.Field == "seats");

        Assert.True(problem.Message.Length < 300, problem.Message);
    }

    internal static string Laughs(int levels)
    {
        var lines = new List<string> { "l0: &l0 \"lol\"" };
        for (var level = 1; level <= levels; level++)
        {
            lines.Add($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]");
        }

        return string.Join('\n', lines) + "\n";
    }
}
