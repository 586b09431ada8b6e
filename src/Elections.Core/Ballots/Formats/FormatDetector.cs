using System.Globalization;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Guesses a ballot file's format from its first bytes (docs/ballot-formats.md, "Detection"):
/// the zip signature → an .xlsx workbook of cast-vote records; <c>V:</c> lines → Debian; a first line <c># a,b,…</c> → CIVS upload; two whole numbers first
/// (after comments) → BLT; a CSV header with <c>rank1</c>… columns → CVR; any other CSV header →
/// CIVS, read as the inverted proportional encoding only when the rows look inverted (no row
/// repeats the largest value, some row repeats 1).
/// </summary>
internal static class FormatDetector
{
    public static BallotFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (IsZip(head))
        {
            return BallotFormat.CvrXlsx;
        }

        var lines = SplitLines(head);
        if (lines.Exists(l => l.StartsWith("V:", StringComparison.Ordinal)) || lines.Exists(l => l.Contains("Tally Sheet", StringComparison.Ordinal)))
        {
            return BallotFormat.Debian;
        }

        var significant = lines.FindIndex(l => l.Trim().Length > 0);
        if (significant < 0)
        {
            return null;
        }

        var first = lines[significant].Trim();
        if (first.StartsWith('#') && first.Contains(',', StringComparison.Ordinal))
        {
            return BallotFormat.CivsUpload;
        }

        var inComment = false;
        foreach (var raw in lines.Skip(significant))
        {
            var line = raw.Trim();
            if (inComment)
            {
                var close = line.IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inComment = false;
                line = line[(close + 2)..].Trim();
            }

            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                var close = line.IndexOf("*/", 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    inComment = true;
                    continue;
                }

                line = line[(close + 2)..].Trim();
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (LooksLikeBltHeader(line))
            {
                return BallotFormat.Blt;
            }

            break;
        }

        if (!first.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var header = first.Split(',');
        if (Array.Exists(header, IsRankColumn))
        {
            return BallotFormat.Cvr;
        }

        return LooksInverted(lines.Skip(significant + 1), header.Length) ? BallotFormat.CivsProportional : BallotFormat.Civs;
    }

    /// <summary>Whether the bytes start with a zip local-file signature <c>PK\x03\x04</c>, as every .xlsx does.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Whether a CSV header cell names a rank column.</summary>
    public static bool IsRankColumn(string cell) => TryRankColumn(cell, out _);

    /// <summary>
    /// Reads the rank a header cell names: <c>rank1</c>, <c>Rank 2</c>, <c>choice3</c>, or an
    /// ordinal choice as in the ES&amp;S export of Minneapolis 2013
    /// (<c>1ST CHOICE PARK AND RECREATION COMMISSIONER…</c>, <c>2nd rank</c>).
    /// </summary>
    public static bool TryRankColumn(string cell, out int rank)
    {
        rank = 0;
        var text = cell.Trim().Trim('"').Trim();
        foreach (var prefix in (string[])["rank", "choice"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[prefix.Length..].Trim();
                return rest.Length > 0 && rest.Length <= 3 && rest.All(char.IsAsciiDigit) && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out rank) && rank > 0;
            }
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3 || text.Length < digits + 2)
        {
            return false;
        }

        var suffix = text.Substring(digits, 2).ToUpperInvariant();
        if (suffix is not ("ST" or "ND" or "RD" or "TH"))
        {
            return false;
        }

        var words = text[(digits + 2)..];
        if (words.Length == 0 || !char.IsWhiteSpace(words[0]))
        {
            return false;
        }

        var word = words.TrimStart().Split(' ', '\t')[0];
        return (word.Equals("choice", StringComparison.OrdinalIgnoreCase) || word.Equals("rank", StringComparison.OrdinalIgnoreCase))
            && int.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out rank) && rank > 0;
    }

    private static bool LooksLikeBltHeader(string line)
    {
        var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 2 && !line.Contains(',', StringComparison.Ordinal) && tokens[0].All(char.IsAsciiDigit) && tokens[1].All(char.IsAsciiDigit);
    }

    private static bool LooksInverted(IEnumerable<string> rows, int candidates)
    {
        var top = candidates.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var repeatsOne = false;
        foreach (var row in rows)
        {
            if (row.Trim().Length == 0)
            {
                continue;
            }

            var cells = row.Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Any(c => c.Equals("No opinion", StringComparison.OrdinalIgnoreCase)) || cells.Count(c => c == top) > 1)
            {
                return false;
            }

            repeatsOne |= cells.Count(c => c == "1") > 1;
        }

        return repeatsOne;
    }

    private static List<string> SplitLines(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 1 && !head.EndsWith("\n"u8))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
