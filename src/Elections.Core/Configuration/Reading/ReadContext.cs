using Elections.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// State shared while reading one configuration file: the problems found, the line of every field, and
/// the fields that could not be read (so rules that combine fields do not pile on a second message).
/// </summary>
internal sealed class ReadContext(string file)
{
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private readonly HashSet<YamlNode> _secretKeys = [];

    public string File { get; } = file;

    public IReadOnlyList<Problem> Problems => _problems;

    public IReadOnlyDictionary<string, int> Lines => _lines;

    public void Report(int line, string field, string message, int column = 0) =>
        _problems.Add(new Problem(File, line, field, message, column));

    public void Report(YamlNode node, string field, string message) => Report(checked((int)node.Start.Line), field, message);

    /// <summary>Reports a value that could not be read and remembers the field as unreadable.</summary>
    public void Unreadable(YamlNode node, string field, string message)
    {
        _unreadable.Add(field);
        Report(node, field, message);
    }

    /// <summary>Remembers a missing required field as unreadable (the problem is reported by the caller).</summary>
    public void MarkUnreadable(string field) => _unreadable.Add(field);

    /// <summary>True when any of the fields (or a field inside them) could not be read.</summary>
    public bool AnyUnreadable(params string[] fields) =>
        fields.Any(field => _unreadable.Any(bad => bad == field || bad.StartsWith(field + ".", StringComparison.Ordinal) || bad.StartsWith(field + "[", StringComparison.Ordinal)));

    public void RecordLine(string field, YamlNode node) => _lines[field] = checked((int)node.Start.Line);

    public void MarkSecret(YamlNode key) => _secretKeys.Add(key);

    public bool IsSecret(YamlNode key) => _secretKeys.Contains(key);

    public ConfigSourceMap SourceMap() => new(File, new Dictionary<string, int>(_lines, StringComparer.Ordinal));

    /// <summary>Every problem, in file order (stable for problems on the same line).</summary>
    public IReadOnlyList<Problem> SortedProblems() => [.. _problems.OrderBy(problem => problem.Line)];
}
