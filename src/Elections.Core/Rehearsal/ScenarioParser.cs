using System.Globalization;
using Elections.Core.Timeline;
using Elections.Core.Validation;
using Elections.Core.Validation.Yaml;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Rehearsal;

/// <summary>
/// Reads a rehearsal scenario (issue 14 item 2). Every mistake becomes a <see cref="Problem"/> naming the file, line and
/// field with the fix: an unknown action or expectation, a missing or unknown field, a person who is neither on the
/// roll, an official nor listed under <c>people:</c>, an unknown timeline point, a step earlier than the one before.
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] TopLevel = ["name", "people", "steps"];
    private static readonly string[] StepFields = ["name", "at", "after", "do", "expect"];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="InvalidInputException"/> listing every problem.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="fileName">The file, for messages.</param>
    /// <param name="timeline">The election's timeline: steps happen at its points.</param>
    /// <param name="known">Logins on the roll and the officials.</param>
    public static RehearsalScenario Parse(string text, string fileName, ElectionTimeline timeline, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(known);
        var problems = new List<Problem>();
        if (YamlDocuments.LoadRoot(text, fileName) is not YamlMappingNode root)
        {
            throw new InvalidInputException([new Problem(fileName, 1, "steps", "a scenario is a mapping with name, people and a steps: list; see docs/rehearsal.md")]);
        }

        UnknownKeys(root, TopLevel, "", fileName, problems);
        var people = Strings(Child(root, "people"), "people", fileName, problems);
        var everyone = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        everyone.UnionWith(people);
        var steps = new List<ScenarioStep>();
        if (Child(root, "steps") is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            problems.Add(new Problem(fileName, (int)root.Start.Line, "steps", "give a steps: list; each step has name, at, do and expect"));
        }
        else
        {
            var points = timeline.Entries.ToDictionary(e => e.Key, e => e.Deadline.Utc, StringComparer.Ordinal);
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (Step(sequence.Children[i], $"steps[{i}]", fileName, points, everyone, problems) is { } step)
                {
                    if (steps.Count > 0 && step.At < steps[^1].At)
                    {
                        problems.Add(new Problem(fileName, step.Line, $"steps[{i}].at", $"this step ({step.At:yyyy-MM-dd HH:mm} UTC) comes before the previous one ({steps[^1].At:yyyy-MM-dd HH:mm} UTC): the clock only moves forward; reorder the steps"));
                    }

                    steps.Add(step);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new RehearsalScenario { File = fileName, Name = Scalar(root, "name") ?? Path.GetFileNameWithoutExtension(fileName), People = people, Steps = steps };
    }

    private static ScenarioStep? Step(YamlNode node, string field, string file, Dictionary<string, DateTimeOffset> points, HashSet<string> people, List<Problem> problems)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode step)
        {
            problems.Add(new Problem(file, line, field, "each step is a mapping with name, at, after, do and expect"));
            return null;
        }

        UnknownKeys(step, StepFields, field + ".", file, problems);
        var name = Scalar(step, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new Problem(file, line, $"{field}.name", "give the step a name: a failing rehearsal names the step"));
        }

        var point = Scalar(step, "at") ?? "";
        if (!points.TryGetValue(point, out var instant))
        {
            problems.Add(new Problem(file, line, $"{field}.at", $"'{point}' is not a timeline point; use one of {string.Join(", ", points.Keys)}"));
        }

        var after = TimeSpan.Zero;
        if (Scalar(step, "after") is { } text && !TryDuration(text, out after))
        {
            problems.Add(new Problem(file, line, $"{field}.after", $"'{text}' is not a duration; write e.g. 6h, 2d, 30m or -1h"));
        }

        var actions = Items(Child(step, "do"), $"{field}.do", file, ScenarioVocabulary.Actions, people, problems);
        var expectations = Items(Child(step, "expect"), $"{field}.expect", file, ScenarioVocabulary.Expectations, people, problems);
        return new ScenarioStep { Name = name ?? "", Line = line, Point = point, After = after, At = instant + after, Actions = actions, Expectations = expectations };
    }

    private static List<ScenarioItem> Items(YamlNode? node, string field, string file, IReadOnlyDictionary<string, ScenarioKind> kinds, HashSet<string> people, List<Problem> problems)
    {
        var items = new List<ScenarioItem>();
        if (node is null)
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(new Problem(file, (int)node.Start.Line, field, "write a list: one '- kind: {field: value}' per line"));
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            var line = (int)child.Start.Line;
            var where = $"{field}[{i}]";
            if (child is not YamlMappingNode { Children.Count: 1 } mapping || mapping.Children.First().Key is not YamlScalarNode { Value: { } kindName })
            {
                problems.Add(new Problem(file, line, where, $"write one kind with its fields, like '- {kinds.Keys.First()}: {{...}}'"));
                continue;
            }

            if (!kinds.TryGetValue(kindName, out var kind))
            {
                problems.Add(new Problem(file, line, where, $"'{kindName}' is unknown; use one of {string.Join(", ", kinds.Keys)}"));
                continue;
            }

            var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (mapping.Children.First().Value is YamlMappingNode values)
            {
                foreach (var (key, value) in values.Children)
                {
                    var keyName = (key as YamlScalarNode)?.Value ?? "";
                    if (!kind.Required.Contains(keyName) && !kind.Optional.Contains(keyName))
                    {
                        problems.Add(new Problem(file, (int)key.Start.Line, $"{where}.{kindName}.{keyName}", $"'{keyName}' is not a field of {kindName}; its fields are {string.Join(", ", kind.Required.Concat(kind.Optional))}"));
                        continue;
                    }

                    fields[keyName] = Strings(value, $"{where}.{kindName}.{keyName}", file, problems);
                    if (ScenarioVocabulary.Values.TryGetValue($"{kindName}.{keyName}", out var allowed))
                    {
                        foreach (var bad in fields[keyName].Where(v => !Allowed(v, allowed)))
                        {
                            problems.Add(new Problem(file, (int)value.Start.Line, $"{where}.{kindName}.{keyName}", $"'{bad}' is not a value of {keyName}; write {string.Join(" or ", allowed)}"));
                        }
                    }
                }
            }
            else if (mapping.Children.First().Value is not YamlScalarNode { Value: null or "" })
            {
                problems.Add(new Problem(file, line, $"{where}.{kindName}", $"give the fields as a mapping, like {{{string.Join(", ", kind.Required.Select(r => r + ": ..."))}}}"));
            }

            foreach (var missing in kind.Required.Where(r => !fields.ContainsKey(r)))
            {
                problems.Add(new Problem(file, line, $"{where}.{kindName}.{missing}", $"{kindName} needs {missing}: it {kind.Help}"));
            }

            foreach (var person in kind.PersonFields.Where(fields.ContainsKey).SelectMany(f => fields[f].Select(login => (f, login))).Where(p => !people.Contains(p.login)))
            {
                problems.Add(new Problem(file, line, $"{where}.{kindName}.{person.f}", $"'{person.login}' is not on the voter roll, not an official and not listed under people:; fix the login or add it to people:"));
            }

            items.Add(new ScenarioItem(kindName, line, fields));
        }

        return items;
    }

    private static bool Allowed(string value, IReadOnlyList<string> allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
        || (allowed.Contains(ScenarioVocabulary.WholeNumber) && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));

    private static bool TryDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        TimeSpan? unit = text[^1] switch { 'm' => TimeSpan.FromMinutes(1), 'h' => TimeSpan.FromHours(1), 'd' => TimeSpan.FromDays(1), _ => null };
        duration = unit is { } u ? u * amount : TimeSpan.Zero;
        return unit is not null;
    }

    private static void UnknownKeys(YamlMappingNode node, string[] allowed, string prefix, string file, List<Problem> problems)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>().Where(k => !allowed.Contains(k.Value)))
        {
            problems.Add(new Problem(file, (int)key.Start.Line, prefix + key.Value, $"unknown field; use {string.Join(", ", allowed)}"));
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child(node, key) is YamlScalarNode scalar ? scalar.Value : null;

    private static List<string> Strings(YamlNode? node, string field, string file, List<Problem> problems)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [scalar.Value ?? ""];
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                return [.. list.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "")];
            default:
                problems.Add(new Problem(file, (int)node.Start.Line, field, "write a value or a list of values"));
                return [];
        }
    }
}
