using Elections.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Elections.Cli.Tests.Commands;

/// <summary>
/// .github/workflows/validate.yml reads a pull request's files as data (issue 8, item 12): the tool is
/// built from the base branch in its own folder, never from the pull request's checkout.
/// </summary>
public sealed class ValidateWorkflowTests
{
    private static IReadOnlyList<YamlMappingNode> Steps()
    {
        var text = File.ReadAllText(Path.Combine(SampleRepository.Root(), ".github", "workflows", "validate.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("jobs")]).Children[new YamlScalarNode("validate")];
        return [.. ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];
    }

    private static string? Value(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return (current as YamlScalarNode)?.Value;
    }

    [Fact]
    public void ValidateWorkflow_PullRequest_BuildsAndRunsOnlyTheBaseBranchTool()
    {
        var steps = Steps();
        var checkouts = steps.Where(step => Value(step, "uses")?.StartsWith("actions/checkout", StringComparison.Ordinal) == true).ToList();
        var tool = Assert.Single(checkouts, step => Value(step, "with", "ref")?.Contains("pull_request.base.sha", StringComparison.Ordinal) == true);
        var election = Assert.Single(checkouts, step => step != tool);
        var toolPath = Value(tool, "with", "path");
        var electionPath = Value(election, "with", "path");
        Assert.False(string.IsNullOrEmpty(toolPath));
        Assert.False(string.IsNullOrEmpty(electionPath));
        Assert.NotEqual(toolPath, electionPath);
        Assert.Equal("false", Value(election, "with", "persist-credentials"));

        var dotnetSteps = steps.Where(step => Value(step, "run")?.Contains("dotnet", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(dotnetSteps);
        Assert.All(dotnetSteps, step =>
        {
            Assert.Equal(toolPath, Value(step, "working-directory"));
            Assert.DoesNotContain("dotnet run", Value(step, "run")!, StringComparison.Ordinal);
        });
        Assert.Contains(dotnetSteps, step => Value(step, "run")!.Contains($"validate --repo \"$GITHUB_WORKSPACE/{electionPath}\"", StringComparison.Ordinal));
    }
}
