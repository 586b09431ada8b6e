using System.Globalization;
using Elections.Core.Validation;
using Elections.Core.Validation.Yaml;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Tally.PostCount;

/// <summary>
/// Reads a conflicts file (the <see cref="SettingKeys.Conflicts"/> setting), YAML or JSON (JSON is YAML):
/// <c>groups: [{name, members: [candidate names], max}]</c>. Every mistake becomes a
/// <see cref="Problem"/> naming the line and field.
/// </summary>
public static class ConflictsFile
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="InvalidInputException"/> listing every problem.</summary>
    public static IReadOnlyList<ConflictGroup> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<Problem>();
        var groups = new List<ConflictGroup>();
        var rootNode = YamlDocuments.LoadRoot(text, fileName);
        if (rootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("groups"), out var groupsNode)
            || groupsNode is not YamlSequenceNode sequence)
        {
            throw new InvalidInputException([new Problem(
                fileName, 1, "groups",
                "expected a top-level 'groups:' list of {name, members, max}")]);
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var node = sequence.Children[i];
            var line = (int)node.Start.Line;
            var field = $"groups[{i}]";
            if (node is not YamlMappingNode group)
            {
                problems.Add(new Problem(fileName, line, field, "each group is a mapping with name, members and max"));
                continue;
            }

            var name = Scalar(group, "name");
            var max = Scalar(group, "max");
            var members = group.Children.TryGetValue(new YamlScalarNode("members"), out var m) && m is YamlSequenceNode list
                ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToArray()
                : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new Problem(fileName, line, $"{field}.name", "give the group a name (an employer, a team)"));
            }

            if (members is null || members.Length == 0)
            {
                problems.Add(new Problem(fileName, line, $"{field}.members", "give the list of candidate names in the group"));
            }

            if (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var cap) || cap < 1)
            {
                problems.Add(new Problem(fileName, line, $"{field}.max", $"'{max}' is not a whole number of at least 1: the most winners the group may have"));
            }

            if (name is not null && members is { Length: > 0 } && cap >= 1)
            {
                groups.Add(new ConflictGroup { Name = name, Members = members, Max = cap, Line = line });
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return groups;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
