using System.Text;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Turns the bytes of a name or title into text: strict UTF-8, and when the bytes are not valid
/// UTF-8 (old Debian tally sheets are ISO-8859-1), Latin-1 with a warning naming the line.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static string Decode(ReadOnlySpan<byte> bytes, ProblemLog log, int line, int column, string field)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            log.Warn(line, column, field, "text is not valid UTF-8; read it as Latin-1 (ISO-8859-1). Save the file as UTF-8 to silence this");
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Removes leading and trailing spaces and tabs.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r\f\v"u8);
}
