using System.Text;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Splits one CSV line (RFC 4180: comma-separated, optional double quotes, <c>""</c> for a quote
/// inside quotes) into trimmed fields with their 1-based columns. Quoted fields spanning lines are
/// not used by any ballot format and are reported as an unclosed quote.
/// </summary>
internal static class CsvLine
{
    public static bool TrySplit(ReadOnlySpan<byte> line, ProblemLog log, int lineNumber, string field, List<CsvField> fields)
    {
        fields.Clear();
        var pos = 0;
        while (true)
        {
            while (pos < line.Length && line[pos] is (byte)' ' or (byte)'\t')
            {
                pos++;
            }

            var column = pos + 1;
            if (pos < line.Length && line[pos] == (byte)'"')
            {
                var bytes = new List<byte>();
                var i = pos + 1;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == (byte)'"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                        {
                            bytes.Add((byte)'"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    bytes.Add(line[i++]);
                }

                if (!closed)
                {
                    log.Error(lineNumber, column, field, "a quoted field has no closing '\"' on its line; close the quote (write a quote inside a field as \"\")");
                    return false;
                }

                while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
                {
                    i++;
                }

                if (i < line.Length && line[i] != (byte)',')
                {
                    log.Error(lineNumber, i + 1, field, "text after a closing quote; a quoted field must be followed by ',' or the end of the line");
                    return false;
                }

                fields.Add(new CsvField(TextDecoding.Decode(bytes.ToArray(), log, lineNumber, column, field), column));
                pos = i;
            }
            else
            {
                var comma = line[pos..].IndexOf((byte)',');
                var end = comma < 0 ? line.Length : pos + comma;
                fields.Add(new CsvField(TextDecoding.Decode(TextDecoding.Trim(line[pos..end]), log, lineNumber, column, field), column));
                pos = end;
            }

            if (pos >= line.Length)
            {
                return true;
            }

            pos++;
        }
    }

    /// <summary>Quotes a field for writing when it needs it (comma, quote, leading or trailing space).</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needs = text.Length == 0 || text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text[0] == ' ' || text[^1] == ' ' || text[0] == '#';
        if (!needs)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return builder.ToString();
    }
}

/// <summary>One text cell (a CSV field, or a worksheet cell) and the 1-based column where it starts.</summary>
internal readonly record struct CsvField(string Text, int Column);
