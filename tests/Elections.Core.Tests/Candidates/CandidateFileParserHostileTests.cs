using Elections.Core.Candidates;

namespace Elections.Core.Tests.Candidates;

/// <summary>Hostile front matter (issue 8, items 2 and 8): a problem on the file's line, never a crash.</summary>
public sealed class CandidateFileParserHostileTests
{
    private const string File = "candidates/amara.md";

    [Fact]
    public void Parse_UnclosedBracketBeforeAnotherField_ReportsFrontMatterProblem()
    {
        var result = CandidateFileParser.Parse(File, "---\nname: [Amara\nemail: a@example.org\n---\nBody.\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(File, problem.File);
        Assert.Equal("front matter", problem.Field);
        Assert.Contains("unclosed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlowNesting20000Deep_ReportsTheDepthLimit()
    {
        var result = CandidateFileParser.Parse(File, "---\nname: " + new string('[', 20_000) + new string(']', 20_000) + "\n---\nBody.\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SelfReferencingAlias_ReportsTheLoop()
    {
        var result = CandidateFileParser.Parse(File, "---\nname: &x [*x]\n---\nBody.\n");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("loop", problem.Message, StringComparison.Ordinal);
    }
}
