using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

/// <summary>Hostile roll text (issue 8, item 8): a problem naming the file and line, never exit 1.</summary>
public sealed class VoterRollParserHostileTests
{
    [Fact]
    public void Parse_LoneSurrogateEscapeInLogin_ReportsTheLine()
    {
        var text = RollText.Of(RollText.Active(1, "amara\\ud800", "amara@example.org"));

        var result = VoterRollParser.Parse(RollText.File, text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RollText.File, problem.File);
        Assert.Equal(5, problem.Line);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }
}
