using System.IO.Compression;
using System.Security;
using System.Text;

namespace Elections.Core.Tests.Ballots.Formats;

/// <summary>
/// Builds small .xlsx workbooks in memory for the reader tests: the minimal SpreadsheetML parts
/// (content types, package and workbook relationships, workbook, shared strings, one sheet),
/// written by hand. A cell written as <c>"=text"</c> is an inline string, <c>"#5"</c> a number,
/// anything else a shared string; null leaves the cell out.
/// </summary>
internal static class TestWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Build(IReadOnlyList<IReadOnlyList<string?>> rows, string sheetName = "Sheet1") =>
        Zip(Parts(rows, sheetName));

    /// <summary>The parts of a workbook, so a test can replace or drop one before zipping.</summary>
    public static Dictionary<string, string> Parts(IReadOnlyList<IReadOnlyList<string?>> rows, string sheetName = "Sheet1")
    {
        var shared = new List<string>();
        var sheet = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                var value = rows[r][c];
                var reference = $"{(char)('A' + c)}{r + 1}";
                if (value is null)
                {
                    continue;
                }

                if (value.StartsWith('='))
                {
                    sheet.Append($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value[1..])}</t></is></c>");
                }
                else if (value.StartsWith('#'))
                {
                    sheet.Append($"<c r=\"{reference}\"><v>{value[1..]}</v></c>");
                }
                else
                {
                    var index = shared.IndexOf(value);
                    if (index < 0)
                    {
                        index = shared.Count;
                        shared.Add(value);
                    }

                    sheet.Append($"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>");
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        var strings = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"{shared.Count}\" uniqueCount=\"{shared.Count}\">");
        foreach (var text in shared)
        {
            strings.Append($"<si><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></si>");
        }

        strings.Append("</sst>");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
            ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>" +
                $"<sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                $"<Relationship Id=\"rId2\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
            ["xl/sharedStrings.xml"] = strings.ToString(),
            ["xl/worksheets/sheet1.xml"] = sheet.ToString(),
        };
    }

    public static byte[] Zip(IReadOnlyDictionary<string, string> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip with one entry of <paramref name="length"/> repeated bytes, streamed (never held in memory).</summary>
    public static byte[] Bomb(string name, long length)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var parts = Parts([["rank1"], ["A"]]);
            foreach (var (part, text) in parts)
            {
                if (part == name)
                {
                    continue;
                }

                using var stream = zip.CreateEntry(part).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }

            using var bomb = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)' ');
            for (var written = 0L; written < length; written += chunk.Length)
            {
                bomb.Write(chunk, 0, (int)Math.Min(chunk.Length, length - written));
            }
        }

        return buffer.ToArray();
    }
}
