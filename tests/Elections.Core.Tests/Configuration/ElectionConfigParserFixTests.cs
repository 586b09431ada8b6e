using Elections.Core.Validation.Yaml;

namespace Elections.Core.Tests.Configuration;

/// <summary>Problems point at the real line and column, and fixes never suggest the sample election's values.</summary>
public sealed class ElectionConfigParserFixTests
{
    [Fact]
    public void Parse_TabIndentsALine_ReportedAtThatLineAndColumnNotOneOne()
    {
        var line = SampleConfig.LineOf(SampleConfig.Text, "questions_close:");
        var text = SampleConfig.With("  questions_close:", "\tquestions_close:");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal((line, 1), (problem.Line, problem.Column));
        Assert.Contains("a tab indents this line", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: 1\n\tb: 2\n", 2, 1)]
    [InlineData("a:\n  b: 1\n  \tc: 2\n", 3, 3)]
    [InlineData("a: 'x\ty'\n", null, null)]
    public void Find_TabInIndentation_LineAndColumn(string text, int? line, int? column) =>
        Assert.Equal(line is null ? null : (line.Value, column!.Value), TabIndentation.Find(text));

    [Fact]
    public void Parse_BadVotersTeamIn2027Election_SuggestsTheElectionsOwnValue()
    {
        var text = SampleConfig.Text.Replace("2026", "2027", StringComparison.Ordinal);
        text = SampleConfig.With(text, "voters_team: voters-2027", "voters_team: Voters 2027");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal("voters_team", problem.Field);
        Assert.EndsWith("e.g. voters-2027", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("voters_team: voters-2026")]
    [InlineData("slug: sc-2026")]
    [InlineData("repository: sc-election-2026")]
    [InlineData("name: Example Co-op Steering Committee Election 2026")]
    [InlineData("  kickoff: 2026-09-14")]
    public void Parse_KeyMissing_FixIsAPlaceholderNotTheSample(string line)
    {
        var text = SampleConfig.Text.Replace("2026", "2027", StringComparison.Ordinal);
        text = SampleConfig.With(text, line.Replace("2026", "2027", StringComparison.Ordinal), "");

        var problems = SampleConfig.Parse(text).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.DoesNotContain("2026", p.Message, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("missing: add", StringComparison.Ordinal));
    }
}
