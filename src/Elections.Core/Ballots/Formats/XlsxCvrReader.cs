using System.Globalization;
using System.Text;
using System.Xml;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads cast-vote records from the first worksheet of an .xlsx workbook (ECMA-376 SpreadsheetML:
/// <c>sheetData/row/c</c> cells holding a shared-string index <c>t="s"</c>, an inline string
/// <c>t="inlineStr"</c>, or a number), as election offices export them (the ES&amp;S export of
/// Minneapolis 2013, reference-elections/README.md §6). The first non-empty row is the header;
/// every later row goes through <see cref="CvrRows"/>, the same rules as the CSV reader.
/// Problems name the cell (<c>Sheet1!C17</c>).
/// </summary>
internal sealed class XlsxCvrReader(Stream zip, ProblemLog log, CvrRules? rules, long maxInflatedBytes = XlsxPackage.DefaultMaxInflatedBytes)
{
    private const string SpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The highest column SpreadsheetML allows (XFD).</summary>
    private const int MaxColumns = 16_384;

    private readonly List<CsvField> _cells = [];
    private List<string> _shared = [];
    private CvrRows? _rows;
    private bool _warnedWide;

    public BallotFile Read()
    {
        using var package = XlsxPackage.Open(zip, log, maxInflatedBytes);
        if (package.SharedStringsPart.Length > 0)
        {
            _shared = package.ReadXml(package.SharedStringsPart, ReadSharedStrings);
        }

        var chosen = rules ?? CvrRows.ChooseRules(string.Join('\n', _shared.Take(10_000)) + package.ReadXml(package.SheetPart, Head), log);
        _rows = new CvrRows(log, chosen, Quote(package.SheetName));
        var header = package.ReadXml(package.SheetPart, ReadSheet);
        if (!header)
        {
            throw log.Fatal(0, 0, CvrRows.CellReference(Quote(package.SheetName), 1, 1), "the first worksheet is empty; it needs a header row with rank columns (rank1, rank2, … or 1st choice, 2nd choice, …) and one row per ballot");
        }

        return _rows.Finish(BallotFormat.CvrXlsx);
    }

    private static List<string> ReadSharedStrings(XmlReader reader)
    {
        var strings = new List<string>();
        while (reader.ReadToFollowing("si", SpreadsheetNs))
        {
            strings.Add(ReadText(reader));
        }

        return strings;
    }

    /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> runs joined, phonetic runs left out.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        using var item = reader.ReadSubtree();
        item.Read();
        item.Read();
        while (!item.EOF)
        {
            if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
            {
                item.Skip();
            }
            else if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
            {
                text.Append(item.ReadElementContentAsString());
            }
            else
            {
                item.Read();
            }
        }

        return Unescape(text.ToString());
    }

    /// <summary>SpreadsheetML escapes characters XML cannot hold as <c>_xHHHH_</c> (ECMA-376 Part 1 §22.9.2.19).</summary>
    private static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 6;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>The start of the sheet's XML, where inline-string markers show which rules apply.</summary>
    private static string Head(XmlReader reader)
    {
        var text = new StringBuilder();
        while (text.Length < 64 * 1024 && reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value).Append('\n');
            }
        }

        return text.ToString();
    }

    private bool ReadSheet(XmlReader reader)
    {
        var header = false;
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            rowNumber = Number(reader.GetAttribute("r"), rowNumber + 1, rowNumber, 1_048_576, "row");
            _cells.Clear();
            if (!reader.IsEmptyElement)
            {
                ReadCells(reader.ReadSubtree(), rowNumber);
            }

            if (_cells.TrueForAll(c => c.Text.Length == 0))
            {
                continue;
            }

            if (!header)
            {
                _rows!.Header(_cells, rowNumber);
                header = true;
                continue;
            }

            Pad(rowNumber);
            _rows!.Row(_cells, rowNumber);
        }

        return header;
    }

    private void ReadCells(XmlReader row, int rowNumber)
    {
        using (row)
        {
            var column = 0;
            while (row.Read())
            {
                if (row.NodeType != XmlNodeType.Element || row.LocalName != "c")
                {
                    continue;
                }

                column = ColumnOf(row.GetAttribute("r"), column, rowNumber);
                var type = row.GetAttribute("t") ?? "n";
                var text = row.IsEmptyElement ? "" : CellText(row.ReadSubtree(), type, rowNumber, column);
                while (_cells.Count < column - 1)
                {
                    _cells.Add(new CsvField("", _cells.Count + 1));
                }

                if (_cells.Count == column - 1)
                {
                    _cells.Add(new CsvField(text.Trim(), column));
                }
                else
                {
                    log.Error(rowNumber, column, _rows!.Field(rowNumber, column, "cell"), "the cell comes before a cell already read in this row; cells of a row must be in column order");
                }
            }
        }
    }

    private string CellText(XmlReader cell, string type, int rowNumber, int column)
    {
        using (cell)
        {
            var value = "";
            cell.Read();
            while (cell.Read())
            {
                if (cell.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (cell.LocalName == "v")
                {
                    value = cell.ReadElementContentAsString();
                }
                else if (cell.LocalName == "is")
                {
                    return ReadText(cell);
                }
            }

            switch (type)
            {
                case "s":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _shared.Count)
                    {
                        return _shared[index];
                    }

                    log.Error(rowNumber, column, _rows!.Field(rowNumber, column, "cell"), $"shared string '{value}' is not in the workbook's table of {_shared.Count} strings; the workbook is damaged");
                    return "";
                case "b":
                    return value == "1" ? "TRUE" : "FALSE";
                default:
                    return Unescape(value);
            }
        }
    }

    /// <summary>Cells left out of a row are empty; cells right of the header are ignored with one warning.</summary>
    private void Pad(int rowNumber)
    {
        var width = _rows!.Columns;
        if (_cells.Count > width)
        {
            var extra = _cells.FindIndex(width, c => c.Text.Length > 0);
            if (extra >= 0 && !_warnedWide)
            {
                _warnedWide = true;
                log.Warn(rowNumber, extra + 1, _rows.Field(rowNumber, extra + 1, "cell"), "cells right of the last header column are ignored; give the column a header if it matters");
            }

            _cells.RemoveRange(width, _cells.Count - width);
        }

        while (_cells.Count < width)
        {
            _cells.Add(new CsvField("", _cells.Count + 1));
        }
    }

    /// <summary>The 1-based column of a cell reference such as <c>C17</c>; without one, the next column.</summary>
    private int ColumnOf(string? reference, int previous, int rowNumber)
    {
        if (reference is null)
        {
            return Check(previous + 1, rowNumber, reference);
        }

        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxColumns)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return Check(i == 0 ? 0 : column, rowNumber, reference);
    }

    private int Check(int column, int rowNumber, string? reference)
    {
        if (column is < 1 or > MaxColumns)
        {
            throw log.Fatal(rowNumber, 0, _rows!.Field(rowNumber, 1, "cell"), $"cell reference '{reference}' is not a column from A to XFD; the workbook is damaged");
        }

        return column;
    }

    private int Number(string? text, int fallback, int previous, int max, string what)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= previous || value > max)
        {
            throw log.Fatal(previous + 1, 0, _rows!.Field(previous + 1, 1, what), $"{what} number '{text}' is not a number after {previous} and at most {max:N0}; rows must be numbered in order");
        }

        return value;
    }

    /// <summary>A sheet name as a cell reference writes it: quoted when it holds anything but letters, digits, '_' and '.'.</summary>
    private static string Quote(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') ? name : $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";
}
