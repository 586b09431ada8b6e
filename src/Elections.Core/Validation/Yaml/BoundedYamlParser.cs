using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Elections.Core.Validation.Yaml;

/// <summary>
/// YamlDotNet's parser with limits, applied event by event before any node is built, so that hostile
/// YAML stops with a <see cref="YamlLimitException"/> at a line instead of exhausting the stack or the
/// memory (issue 8): nesting deeper than <see cref="MaxDepth"/> (YamlDotNet builds nodes recursively),
/// more than <see cref="MaxAliases"/> aliases, a document that would hold more than
/// <see cref="MaxExpandedNodes"/> nodes once every alias is expanded ("billion laughs"), and an alias
/// inside the node it names (a cycle, which every walk of the tree would follow forever). Aliases
/// count at their expanded size and depth, so no walk of the loaded tree can exceed the limits either.
/// It also remembers where the last event ended, because YamlDotNet's scanner fails without a position
/// (an <see cref="InvalidOperationException"/>) on some unclosed flow collections.
/// </summary>
internal sealed class BoundedYamlParser : IParser
{
    /// <summary>The deepest nesting of lists and mappings (election files need fewer than ten).</summary>
    public const int MaxDepth = 64;

    /// <summary>The most aliases (<c>*name</c>) in one file.</summary>
    public const int MaxAliases = 1_000;

    /// <summary>The most nodes a file may stand for once every alias is expanded.</summary>
    public const int MaxExpandedNodes = 100_000;

    private readonly Parser _inner;
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, (long Size, int Height)> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private int _aliases;

    public BoundedYamlParser(string text)
    {
        _inner = new Parser(new StringReader(text));
    }

    public ParsingEvent? Current => _inner.Current;

    /// <summary>The end of the last event read, or the start of the text.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        var current = _inner.Current!;
        Check(current);
        LastGood = current.End;
        return true;
    }

    private void Check(ParsingEvent current)
    {
        switch (current)
        {
            case NodeEvent { } start when start is SequenceStart or MappingStart:
                Add(current, 1, 1);
                _open.Push(new Frame(start.Anchor.IsEmpty ? "" : start.Anchor.Value));
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                var done = _open.Pop();
                if (done.Anchor.Length > 0)
                {
                    _anchors[done.Anchor] = (done.Size, done.Height);
                }

                Grow(done.Size, done.Height);
                break;
            case Scalar scalar:
                Add(current, 1, 1);
                Grow(1, 1);
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor.Value] = (1, 1);
                }

                break;
            case AnchorAlias alias:
                Alias(alias);
                break;
        }
    }

    private void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(frame => frame.Anchor == name))
        {
            throw new YamlLimitException(alias.Start, alias.End,
                $"the alias *{name} is inside the node &{name} it names, a loop that never ends; write the value out instead");
        }

        if (++_aliases > MaxAliases)
        {
            throw new YamlLimitException(alias.Start, alias.End,
                $"more than {MaxAliases:N0} aliases (*name); write the values out instead");
        }

        var (size, height) = _anchors.TryGetValue(name, out var anchored) ? anchored : (1, 1);
        Add(alias, size, height);
        Grow(size, height);
    }

    /// <summary>Counts a node of <paramref name="size"/> nodes and <paramref name="height"/> levels placed at the current depth.</summary>
    private void Add(ParsingEvent at, long size, int height)
    {
        if (_open.Count + height > MaxDepth)
        {
            throw new YamlLimitException(at.Start, at.End,
                $"lists and mappings are nested more than {MaxDepth} levels deep; election files need only a few levels, so check the brackets and indentation");
        }

        _expanded += size;
        if (_expanded > MaxExpandedNodes)
        {
            throw new YamlLimitException(at.Start, at.End,
                $"the file stands for more than {MaxExpandedNodes:N0} values once its aliases (*name) are expanded; write the values out instead of nesting aliases");
        }
    }

    /// <summary>Adds a finished child to the collection it is in.</summary>
    private void Grow(long size, int height)
    {
        if (_open.TryPeek(out var parent))
        {
            parent.Size += size;
            parent.Height = Math.Max(parent.Height, height + 1);
        }
    }

    /// <summary>A list or mapping being read: its anchor (or empty), its expanded size and height so far.</summary>
    private sealed class Frame(string anchor)
    {
        public string Anchor { get; } = anchor;

        public long Size { get; set; } = 1;

        public int Height { get; set; } = 1;
    }
}
