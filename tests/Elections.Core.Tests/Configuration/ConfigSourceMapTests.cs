using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

public sealed class ConfigSourceMapTests
{
    private static readonly ConfigSourceMap Map = new("config/election.yml", new Dictionary<string, int>
    {
        ["endorsements"] = 10,
        ["officials"] = 3,
        ["officials[1]"] = 6,
        ["officials[1].id"] = 6,
    });

    [Theory]
    [InlineData("officials[1].id", 6)]
    [InlineData("officials[1].login", 6)]
    [InlineData("officials[2]", 3)]
    [InlineData("endorsements.min_endorsers", 10)]
    [InlineData("labels.question", 0)]
    public void LineOf_FieldOrNearestWrittenParent_ReturnsLine(string field, int line)
    {
        Assert.Equal(line, Map.LineOf(field));
    }

    [Fact]
    public void ProblemAt_Field_NamesFileLineAndField()
    {
        var problem = Map.ProblemAt("endorsements.min_endorsers", "too high");

        Assert.Equal("config/election.yml:10: endorsements.min_endorsers: too high", problem.ToString());
    }
}
