using Elections.Core.Validation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Tests.Validation;

public sealed class BoundedYamlParserTests
{
    private static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new BoundedYamlParser(text));
        return stream;
    }

    [Fact]
    public void Load_AnchorsAndAliasesWithinLimits_LoadsThem()
    {
        var stream = Load("date: &d 2026-09-27\nagain: *d\nlist: &l [a, b]\ncopy: *l\n");

        var root = Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
        Assert.Equal("2026-09-27", ((YamlScalarNode)root.Children[new YamlScalarNode("again")]).Value);
        Assert.Equal(2, ((YamlSequenceNode)root.Children[new YamlScalarNode("copy")]).Children.Count);
    }

    [Fact]
    public void Load_AliasInsideItsOwnAnchor_RefusedAtTheAlias()
    {
        var exception = Assert.Throws<YamlLimitException>(() => Load("a: 1\nextra: &x {self: *x}\n"));

        Assert.Equal(2, exception.Start.Line);
        Assert.Contains("loop", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestingDeeperThanTheLimit_Refused()
    {
        var depth = BoundedYamlParser.MaxDepth + 1;

        var exception = Assert.Throws<YamlLimitException>(() => Load(new string('[', depth) + new string(']', depth)));

        Assert.Contains($"more than {BoundedYamlParser.MaxDepth} levels", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestingAtTheLimit_Loads()
    {
        var depth = BoundedYamlParser.MaxDepth - 1;

        var stream = Load(new string('[', depth) + "x" + new string(']', depth));

        Assert.Single(stream.Documents);
    }

    [Fact]
    public void Load_AliasesDeepeningPastTheLimit_Refused()
    {
        var deep = new string('[', 40) + new string(']', 40);

        var exception = Assert.Throws<YamlLimitException>(() => Load($"a: &a {deep}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"));

        Assert.Contains("levels", exception.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void Load_BillionLaughs_RefusedBeforeExpanding(int levels)
    {
        var exception = Assert.Throws<YamlLimitException>(() => Load(Configuration.ElectionConfigParserHostileTests.Laughs(levels)));

        Assert.Contains("once its aliases", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MoreAliasesThanTheLimit_Refused()
    {
        var text = "a: &a 1\nlist: [" + string.Join(", ", Enumerable.Repeat("*a", BoundedYamlParser.MaxAliases + 1)) + "]\n";

        var exception = Assert.Throws<YamlLimitException>(() => Load(text));

        Assert.Contains("aliases", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LastGood_ScannerFailsWithoutPosition_PointsAtTheLastEvent()
    {
        var parser = new BoundedYamlParser("name: [Amara\nemail: a@example.org\n");

        Assert.Throws<InvalidOperationException>(() => new YamlStream().Load(parser));

        Assert.True(parser.LastGood.Line >= 1);
    }
}
