using System.Text;
using System.Text.RegularExpressions;

namespace Elections.App.Announcements;

/// <summary>
/// Joins hard-wrapped paragraph lines into one line each, for Discourse and GitHub, which render a single newline
/// as a line break (nixos-anchor §4.1: <c>pandoc --wrap=none</c>). Headings, list items, quotes, tables, HTML and
/// code blocks start their own lines; an indented line after a list item continues it; code is left as it is.
/// </summary>
public static partial class MarkdownUnwrap
{
    /// <summary>The unwrapped text, ending with one newline.</summary>
    public static string Apply(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var output = new StringBuilder();
        var fence = "";
        var joinable = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (fence.Length > 0 || Fence().Match(line) is { Success: true })
            {
                fence = UpdateFence(fence, line);
                output.Append(raw).Append('\n');
                joinable = false;
                continue;
            }

            if (line.Length == 0)
            {
                output.Append('\n');
                joinable = false;
                continue;
            }

            var blockStart = BlockStart().IsMatch(line);
            var continuation = !blockStart && joinable;
            if (continuation)
            {
                output.Length--; // the newline of the line being continued
                output.Append(' ').Append(line.TrimStart()).Append('\n');
            }
            else
            {
                output.Append(line).Append('\n');
            }

            joinable = !Heading().IsMatch(line) && !raw.EndsWith("  ", StringComparison.Ordinal) && !line.EndsWith('\\') && !line.StartsWith('|');
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static string UpdateFence(string fence, string line)
    {
        var match = Fence().Match(line);
        if (fence.Length == 0)
        {
            return match.Groups[1].Value;
        }

        return match.Success && match.Groups[1].Value.StartsWith(fence, StringComparison.Ordinal) && match.Groups[2].Value.Trim().Length == 0 ? "" : fence;
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6}(\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|\||<|-{3,}\s*$|\*{3,}\s*$)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence();
}
