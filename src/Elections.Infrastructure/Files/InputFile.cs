using System.Text;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Reads a user-supplied text file defensively: a missing, empty, oversized or binary file becomes
/// an <see cref="InvalidInputException"/> naming the file, never a stack trace or an out-of-memory.
/// </summary>
public static class InputFile
{
    /// <summary>The default size limit for configuration-like files (config, roll, candidate forms).</summary>
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Reads <paramref name="path"/> as UTF-8 text, reporting it as <paramref name="displayName"/>;
    /// <paramref name="whenMissing"/> is the fix printed when the file does not exist.
    /// </summary>
    public static string ReadText(string path, string displayName, long maxBytes = DefaultMaxBytes, string whenMissing = "check the path")
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InvalidInputException(new Problem(displayName, 0, "", $"file not found; {whenMissing}"));
        }

        if (info.Length > maxBytes)
        {
            throw new InvalidInputException(new Problem(
                displayName,
                0,
                "",
                $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit for this kind of file; is it the right file?"));
        }

        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, displayName);
    }

    /// <summary>Decodes bytes as UTF-8 text, rejecting empty input and binary content.</summary>
    public static string Decode(byte[] bytes, string displayName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new InvalidInputException(new Problem(displayName, 0, "", "file is empty"));
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InvalidInputException(new Problem(displayName, 0, "", "file is binary (it contains NUL bytes), not text"));
        }

        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            text = text.TrimStart('\uFEFF');
            if (text.Trim().Length == 0)
            {
                throw new InvalidInputException(new Problem(displayName, 0, "", "file holds only whitespace"));
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException(new Problem(displayName, 0, "", "file is not valid UTF-8 text; save it as UTF-8"));
        }
    }
}
