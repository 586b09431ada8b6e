using Elections.Core.Validation;

namespace Elections.Core.Configuration;

/// <summary>
/// Where each field of the configuration was written, so any later check can report
/// <c>file:line: field: message</c> (DESIGN principle 6). Paths use dots and list indexes:
/// <c>timeline.voting_closes</c>, <c>officials[1].id</c>.
/// </summary>
public sealed class ConfigSourceMap
{
    private readonly IReadOnlyDictionary<string, int> _lines;

    /// <summary>Creates the map for <paramref name="file"/> from field paths to 1-based lines.</summary>
    public ConfigSourceMap(string file, IReadOnlyDictionary<string, int> lines)
    {
        File = file;
        _lines = lines;
    }

    /// <summary>The file's display name, e.g. <c>config/election.yml</c>.</summary>
    public string File { get; }

    /// <summary>
    /// The line of <paramref name="fieldPath"/>; for a field left at its default, the line of the nearest
    /// enclosing field that was written; 0 when nothing on the path was written.
    /// </summary>
    public int LineOf(string fieldPath) => NearestLine(_lines, fieldPath);

    /// <summary>The line of <paramref name="fieldPath"/> or of its nearest written parent in <paramref name="lines"/>; 0 if none.</summary>
    internal static int NearestLine(IReadOnlyDictionary<string, int> lines, string fieldPath)
    {
        var path = fieldPath;
        while (path.Length > 0)
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut < 0 ? "" : path[..cut];
        }

        return 0;
    }

    /// <summary>True when <paramref name="fieldPath"/> was written in the file (not defaulted).</summary>
    public bool IsWritten(string fieldPath) => _lines.ContainsKey(fieldPath);

    /// <summary>A problem located at <paramref name="fieldPath"/>.</summary>
    public Problem ProblemAt(string fieldPath, string message) => new(File, LineOf(fieldPath), fieldPath, message);
}
