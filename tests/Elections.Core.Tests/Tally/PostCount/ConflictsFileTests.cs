using Elections.Core.Tally.PostCount;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally.PostCount;

public sealed class ConflictsFileTests
{
    [Fact]
    public void Parse_Yaml_ReadsGroups()
    {
        var groups = ConflictsFile.Parse("groups:\n  - name: Google\n    members: [A, B]\n    max: 1\n", "c.yml");
        var group = Assert.Single(groups);
        Assert.Equal("Google", group.Name);
        Assert.Equal(["A", "B"], group.Members);
        Assert.Equal(1, group.Max);
    }

    [Fact]
    public void Parse_Json_ReadsGroups()
    {
        var groups = ConflictsFile.Parse("""{"groups": [{"name": "X", "members": ["A"], "max": 2}]}""", "c.json");
        Assert.Equal(2, Assert.Single(groups).Max);
    }

    [Fact]
    public void Parse_BadMax_NamesLineAndField()
    {
        var error = Assert.Throws<InvalidInputException>(
            () => ConflictsFile.Parse("groups:\n  - name: G\n    members: [A]\n    max: zero\n", "c.yml"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("groups[0].max", problem.Field);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Parse_NoGroups_IsProblem()
    {
        var error = Assert.Throws<InvalidInputException>(() => ConflictsFile.Parse("other: 1\n", "c.yml"));
        Assert.Equal("groups", error.Problems[0].Field);
    }
}
