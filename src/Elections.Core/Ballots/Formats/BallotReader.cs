using System.Text;
using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads a ballot file in any supported format (docs/ballot-formats.md), detected from the content
/// unless the caller forces one. Every problem names the file, line, column and the fix; nothing
/// is dropped silently (warnings say what was ignored). Memory stays bounded on hostile input:
/// lines are capped, counts in headers are never used to pre-allocate, parsing stops after
/// <c>50</c> errors, and an .xlsx workbook (detected by the zip signature <c>PK\x03\x04</c>) is
/// inflated within a byte budget and ratio (<see cref="XlsxPackage"/>).
/// </summary>
public static class BallotReader
{
    private const int DetectionWindow = 64 * 1024;

    /// <summary>The largest .xlsx read from a stream that cannot seek (it is copied into memory first).</summary>
    private const long MaxWorkbookBytes = 256L << 20;

    /// <summary>Reads ballots from the caller's stream, reporting problems against <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidInputException">The file cannot be read as ballots; carries every problem found.</exception>
    public static BallotFile Read(Stream stream, string fileName, BallotReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var log = new ProblemLog(fileName);
        try
        {
            return ReadFormat(stream, log, options ?? new BallotReadOptions());
        }
        catch (OverflowException)
        {
            // Core counts in checked arithmetic: the only sum a file controls is its total weight.
            throw log.Fatal(0, 0, "", $"the ballot weights add up to more than {long.MaxValue:N0} voters; check the weights (the first number of each ballot line)");
        }
    }

    private static BallotFile ReadFormat(Stream stream, ProblemLog log, BallotReadOptions options)
    {
        var atStart = stream.CanSeek && stream.Position == 0;
        var lines = new ByteLineReader(stream, log, Math.Max(options.MaxLineBytes, 64));
        var head = lines.Peek(Math.Min(DetectionWindow, Math.Max(options.MaxLineBytes, 64)));
        if (head.IsEmpty)
        {
            throw log.Fatal(0, 0, "", "file is empty; expected ballots");
        }

        if (FormatDetector.IsZip(head) && options.Format is null or BallotFormat.CvrXlsx)
        {
            return ReadWorkbook(stream, atStart, lines, log, options);
        }

        if (options.Format == BallotFormat.CvrXlsx)
        {
            throw log.Fatal(0, 0, SettingKeys.BallotFormat, "the file is not an .xlsx workbook (it does not start with the zip signature PK\\x03\\x04); give an .xlsx file or let the format be detected");
        }

        var nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw log.Fatal(LineOf(head, nul), 0, "", "file is binary (it contains NUL bytes), not a ballot file");
        }

        var format = options.Format ?? FormatDetector.Detect(head) ?? throw log.Fatal(
            0,
            0,
            SettingKeys.BallotFormat,
            "cannot tell the ballot format from the content; expected BLT (\"4 2\" header), CIVS CSV, a Debian tally sheet (V: lines) or a CVR CSV with rank1… columns. Name the format to force one");
        return format switch
        {
            BallotFormat.Blt => new BltReader(lines, log, threads: options.Threads).Read(),
            BallotFormat.Civs or BallotFormat.CivsProportional or BallotFormat.CivsUpload => new CivsReader(lines, log, format).Read(),
            BallotFormat.Debian => new DebianReader(lines, log).Read(),
            BallotFormat.Cvr => new CvrReader(lines, log, options.CvrRules).Read(),
            _ => throw new ArgumentOutOfRangeException(nameof(options), format, "unknown ballot format"),
        };
    }

    /// <summary>Reads ballots from bytes already in memory.</summary>
    /// <exception cref="InvalidInputException">The bytes cannot be read as ballots.</exception>
    public static BallotFile Read(ReadOnlyMemory<byte> bytes, string fileName, BallotReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return Read(stream, fileName, options);
    }

    /// <summary>Reads ballots from text (encoded as UTF-8 first).</summary>
    /// <exception cref="InvalidInputException">The text cannot be read as ballots.</exception>
    public static BallotFile Read(string text, string fileName, BallotReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        return Read(stream, fileName, options);
    }

    /// <summary>Guesses the format of a file from its first bytes; false when none fits.</summary>
    public static bool TryDetect(ReadOnlySpan<byte> head, out BallotFormat format)
    {
        var detected = FormatDetector.Detect(head);
        format = detected ?? BallotFormat.Blt;
        return detected is not null;
    }

    private static BallotFile ReadWorkbook(Stream stream, bool atStart, ByteLineReader lines, ProblemLog log, BallotReadOptions options)
    {
        if (atStart)
        {
            stream.Position = 0;
            return new XlsxCvrReader(stream, log, options.CvrRules).Read();
        }

        using var copy = new MemoryStream();
        if (!lines.TryCopyRest(copy, MaxWorkbookBytes))
        {
            throw log.Fatal(0, 0, "", $"the .xlsx file is larger than {MaxWorkbookBytes:N0} bytes; split the cast-vote records into smaller files");
        }

        copy.Position = 0;
        return new XlsxCvrReader(copy, log, options.CvrRules).Read();
    }

    private static int LineOf(ReadOnlySpan<byte> head, int offset) => head[..offset].Count((byte)'\n') + 1;
}
