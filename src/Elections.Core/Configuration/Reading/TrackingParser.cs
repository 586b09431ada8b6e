using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// Wraps YamlDotNet's parser and remembers where the last event ended, so that a scanner failure that
/// does not carry a position (YamlDotNet throws <see cref="InvalidOperationException"/> on some unclosed
/// flow collections) can still be reported at a line.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>The end of the last event read, or the start of the file.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return moved;
    }
}
