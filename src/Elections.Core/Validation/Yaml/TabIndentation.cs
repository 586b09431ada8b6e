namespace Elections.Core.Validation.Yaml;

/// <summary>
/// Where a YAML text first indents a line with a tab (YAML 1.2 §6.1 forbids tabs in indentation),
/// so the problem points at that line and column rather than where the parser gave up.
/// </summary>
public static class TabIndentation
{
    /// <summary>The 1-based line and column of the first tab in a line's leading white space; null when there is none.</summary>
    public static (int Line, int Column)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                leading = true;
                continue;
            }

            if (leading && c == '\t')
            {
                return (line, column);
            }

            leading &= c == ' ';
            column++;
        }

        return null;
    }
}
