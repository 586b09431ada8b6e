using Elections.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// One mapping of the configuration with the keys it allows. Unknown keys are reported on creation
/// (with a did-you-mean); typed getters report missing and wrong values and fall back to a default so
/// that reading goes on and every problem of the file is found in one run.
/// </summary>
internal sealed class YamlSection
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public YamlSection(ReadContext context, YamlNode? node, string path, int line, IReadOnlyList<string> allowedKeys)
    {
        Context = context;
        Path = path;
        Line = line;
        if (node is null || ValueReader.IsNull(node))
        {
            return;
        }

        if (node is not YamlMappingNode mapping)
        {
            context.Unreadable(node, path, $"wrong type: expected a mapping of keys ({string.Join(", ", allowedKeys)}), got {ValueReader.Describe(node)}");
            return;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (context.IsSecret(keyNode))
            {
                continue;
            }

            var key = keyNode is YamlScalarNode { Value: { } text } ? text : "";
            if (!allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                context.Report(keyNode, Field(key), $"unknown key '{key}': {EditDistance.Hint(key, allowedKeys)}");
                if (EditDistance.TrySuggest(key, allowedKeys, out var suggestion))
                {
                    _suggested.Add(suggestion);
                }

                continue;
            }

            context.RecordLine(Field(key), keyNode);
            _values[key] = valueNode;
        }
    }

    public ReadContext Context { get; }

    public string Path { get; }

    public int Line { get; }

    public string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => _values.ContainsKey(key) && !ValueReader.IsNull(_values[key]);

    /// <summary>
    /// The value of <paramref name="key"/>. When absent (or empty) and <paramref name="example"/> is given,
    /// reports it missing with that example as the fix.
    /// </summary>
    public bool TryGet(string key, string? example, out YamlNode node)
    {
        if (_values.TryGetValue(key, out var found) && !ValueReader.IsNull(found))
        {
            node = found;
            return true;
        }

        node = new YamlScalarNode();
        if (example is not null)
        {
            Context.MarkUnreadable(Field(key));
        }

        if (example is not null && !_suggested.Contains(key))
        {
            var line = _values.TryGetValue(key, out var empty) ? checked((int)empty.Start.Line) : Line;
            var where = Path.Length == 0 ? "at the top level" : $"under '{Path}:'";
            Context.Report(line, Field(key), $"missing: add '{example}' {where}");
        }

        return false;
    }

    public string String(string key, string? example, string fallback = "") =>
        TryGet(key, example, out var node) && ValueReader.TryString(Context, node, Field(key), out var value) ? value : fallback;

    public int Int(string key, string? example, int fallback, int min, int max = int.MaxValue) =>
        TryGet(key, example, out var node) && ValueReader.TryInt(Context, node, Field(key), min, max, out var value) ? value : fallback;

    public long Id(string key, string? example) =>
        TryGet(key, example, out var node) && ValueReader.TryLong(Context, node, Field(key), 1, long.MaxValue, out var value) ? value : 0;

    public bool Bool(string key, bool fallback) =>
        TryGet(key, null, out var node) && ValueReader.TryBool(Context, node, Field(key), out var value) ? value : fallback;

    public string Choice(string key, string? example, IReadOnlyList<string> names, string fallback) =>
        TryGet(key, example, out var node) && ValueReader.TryChoice(Context, node, Field(key), names, out var value) ? value : fallback;

    public YamlSection Section(string key, IReadOnlyList<string> allowedKeys, string? example)
    {
        var present = TryGet(key, example, out var node);
        var line = Context.Lines.TryGetValue(Field(key), out var keyLine) ? keyLine : Line;
        return new YamlSection(Context, present ? node : null, Field(key), line, allowedKeys);
    }

    /// <summary>The items of a list, each with its path (<c>officials[0]</c>); empty when absent or not a list.</summary>
    public IReadOnlyList<(YamlNode Node, string Field)> List(string key, string? example)
    {
        if (!TryGet(key, example, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Context.Unreadable(node, Field(key), $"wrong type: expected a list (lines starting with '- '), got {ValueReader.Describe(node)}");
            return [];
        }

        var items = new List<(YamlNode, string)>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            var field = $"{Field(key)}[{index}]";
            Context.RecordLine(field, item);
            items.Add((item, field));
        }

        return items;
    }

    /// <summary>A list of text values.</summary>
    public IReadOnlyList<string> Strings(string key, string? example, IReadOnlyList<string> fallback)
    {
        if (!Has(key) && example is null)
        {
            return fallback;
        }

        var values = new List<string>();
        foreach (var (node, field) in List(key, example))
        {
            if (ValueReader.TryString(Context, node, field, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }
}
