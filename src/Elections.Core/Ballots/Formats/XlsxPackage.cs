using System.IO.Compression;
using System.Xml;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// The parts of an .xlsx workbook (ECMA-376 Part 2, Open Packaging Conventions: a zip archive of
/// XML parts found through <c>_rels/*.rels</c> relationships) that a cast-vote record needs: the
/// first worksheet and the shared-strings table. Every part is read through a
/// <see cref="BoundedStream"/>, so a zip bomb stops at the budget (total inflated bytes, and
/// inflated/compressed ratio per part) instead of filling memory; a damaged archive, a zip that
/// is no workbook, a missing sheet or bad XML each end in one problem naming the file and part.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>The most bytes inflated from all parts together.</summary>
    public const long DefaultMaxInflatedBytes = 512L << 20;

    /// <summary>The largest inflated/compressed ratio a part may reach once past <see cref="RatioFreeBytes"/>.</summary>
    public const int DefaultMaxRatio = 100;

    /// <summary>Bytes of a part inflated before the ratio is checked (small parts compress very well).</summary>
    public const long RatioFreeBytes = 1L << 20;

    private const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Fix = "save the cast-vote records from the spreadsheet as .xlsx again, or as CSV";

    private readonly ZipArchive _zip;
    private readonly ProblemLog _log;
    private readonly InflateBudget _budget;

    private XlsxPackage(ZipArchive zip, ProblemLog log, InflateBudget budget)
    {
        _zip = zip;
        _log = log;
        _budget = budget;
    }

    /// <summary>The first worksheet's name, as the workbook lists it.</summary>
    public string SheetName { get; private set; } = "Sheet1";

    /// <summary>The first worksheet's part name, e.g. <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string SheetPart { get; private set; } = "";

    /// <summary>The shared-strings part, or empty when the workbook has none.</summary>
    public string SharedStringsPart { get; private set; } = "";

    /// <summary>Opens the archive on a seekable stream and finds the workbook's first sheet.</summary>
    public static XlsxPackage Open(Stream stream, ProblemLog log, long maxInflatedBytes = DefaultMaxInflatedBytes, int maxRatio = DefaultMaxRatio)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            _ = zip.Entries.Count; // the central directory is read lazily; read it here, where damage is caught
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            throw log.Fatal(0, 0, "", $"the file starts like a zip archive (.xlsx) but cannot be opened as one ({e.Message.TrimEnd('.')}); it is truncated or damaged: {Fix}");
        }

        var package = new XlsxPackage(zip, log, new InflateBudget(maxInflatedBytes, maxRatio));
        try
        {
            package.FindParts();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>Reads a part as XML, turning damage and bad XML into a problem naming the part.</summary>
    public T ReadXml<T>(string part, Func<XmlReader, T> read)
    {
        var entry = _zip.GetEntry(part) ?? throw _log.Fatal(0, 0, part, $"the workbook has no part {part}; {Fix}");
        try
        {
            using var stream = new BoundedStream(entry.Open(), part, entry.CompressedLength, _budget);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
            });
            return read(reader);
        }
        catch (XmlException e)
        {
            throw _log.Fatal(e.LineNumber, e.LinePosition, part, $"bad XML ({e.Message.TrimEnd('.')}); {Fix}");
        }
        catch (InflateLimitException e)
        {
            throw _log.Fatal(0, 0, part, e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw _log.Fatal(0, 0, part, $"the part cannot be inflated ({e.Message.TrimEnd('.')}); the archive is damaged: {Fix}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    private void FindParts()
    {
        var workbook = "xl/workbook.xml";
        if (_zip.GetEntry("_rels/.rels") is not null)
        {
            var root = ReadRelationships("_rels/.rels", "");
            workbook = root.Find(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? workbook;
        }

        if (_zip.GetEntry(workbook) is null)
        {
            throw _log.Fatal(0, 0, "", $"the file is a zip archive but not an .xlsx workbook (it has no {workbook}); give the cast-vote records as .xlsx or CSV");
        }

        var (name, id) = ReadXml(workbook, FirstSheet);
        if (name is null)
        {
            throw _log.Fatal(0, 0, workbook, $"the workbook lists no worksheet; {Fix}");
        }

        SheetName = name;
        var folder = workbook.Contains('/', StringComparison.Ordinal) ? workbook[..(workbook.LastIndexOf('/') + 1)] : "";
        var relsPart = $"{folder}_rels/{workbook[folder.Length..]}.rels";
        var relationships = _zip.GetEntry(relsPart) is null ? [] : ReadRelationships(relsPart, folder);
        SheetPart = relationships.Find(r => r.Id == id).Target ?? folder + "worksheets/sheet1.xml";
        SharedStringsPart = relationships.Find(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target
            ?? (_zip.GetEntry(folder + "sharedStrings.xml") is null ? "" : folder + "sharedStrings.xml");
        if (_zip.GetEntry(SheetPart) is null)
        {
            throw _log.Fatal(0, 0, workbook, $"the workbook names sheet '{name}' at {SheetPart}, but the archive has no such part; {Fix}");
        }
    }

    private static (string? Name, string? Id) FirstSheet(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                return (reader.GetAttribute("name") ?? "Sheet1", reader.GetAttribute("id", RelationshipNs));
            }
        }

        return (null, null);
    }

    private List<Relationship> ReadRelationships(string part, string folder) => ReadXml(part, reader =>
    {
        var list = new List<Relationship>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") != "External")
            {
                list.Add(new Relationship(reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", Resolve(folder, reader.GetAttribute("Target") ?? "")));
            }
        }

        return list;
    });

    /// <summary>A relationship target as a part name: absolute (<c>/xl/…</c>) or relative to the source's folder, <c>..</c> resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private readonly record struct Relationship(string Id, string Type, string? Target);
}
