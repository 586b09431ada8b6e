using System.Text;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>
/// The one place every input file is opened. Refuses what is not a regular file (a named pipe would
/// hang the read, a device such as <c>/dev/zero</c> never ends), caps the size while reading (a
/// length is never trusted), and rejects empty, binary and non-UTF-8 content. Files of an election
/// repository are read with <see cref="ReadRepositoryText"/>, which also refuses symbolic links in any
/// part of the path and paths leaving the repository. Every refusal is an
/// <see cref="InvalidInputException"/> naming the file and the fix, never a stack trace.
/// </summary>
public static class InputFile
{
    /// <summary>The default size limit for configuration-like files (config, roll, candidate forms).</summary>
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Reads <paramref name="path"/> (a path the user named, e.g. on the command line; links are followed)
    /// as UTF-8 text, reporting it as <paramref name="displayName"/>; <paramref name="whenMissing"/> is the
    /// fix printed when the file does not exist.
    /// </summary>
    public static string ReadText(string path, string displayName, long maxBytes = DefaultMaxBytes, string whenMissing = "check the path") =>
        Decode(ReadBytes(path, displayName, maxBytes, whenMissing), displayName);

    /// <summary>Reads at most <paramref name="maxBytes"/> of a regular file the user named; links are followed.</summary>
    public static byte[] ReadBytes(string path, string displayName, long maxBytes = DefaultMaxBytes, string whenMissing = "check the path")
    {
        RequireRegular(FileKinds.Of(path, followLinks: true), displayName, whenMissing);
        return ReadCapped(path, displayName, maxBytes);
    }

    /// <summary>
    /// Reads <paramref name="relativePath"/> (with <c>/</c> separators) inside <paramref name="repository"/>
    /// as UTF-8 text; the relative path is the name shown in problems.
    /// </summary>
    public static string ReadRepositoryText(string repository, string relativePath, long maxBytes = DefaultMaxBytes, string whenMissing = "check the path") =>
        Decode(ReadRepositoryBytes(repository, relativePath, maxBytes, whenMissing), relativePath);

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> of <paramref name="relativePath"/> inside
    /// <paramref name="repository"/>: every part of the path must be a real folder or file in the
    /// repository (no symbolic link, no <c>..</c>) and the file must be a regular file.
    /// </summary>
    public static byte[] ReadRepositoryBytes(string repository, string relativePath, long maxBytes = DefaultMaxBytes, string whenMissing = "check the path")
    {
        var path = RepositoryPath.Resolve(repository, relativePath, whenMissing);
        return ReadCapped(path, relativePath, maxBytes);
    }

    /// <summary>Opens a regular file the user named for reading as a stream (ballot files, read by their own bounded readers).</summary>
    public static FileStream OpenRead(string path, string displayName)
    {
        RequireRegular(FileKinds.Of(path, followLinks: true), displayName, "check the path");
        return Open(path, displayName);
    }

    /// <summary>Decodes bytes as UTF-8 text, rejecting empty input and binary content.</summary>
    public static string Decode(byte[] bytes, string displayName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw Refuse(displayName, "file is empty");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Refuse(displayName, "file is binary (it contains NUL bytes), not text");
        }

        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            text = text.TrimStart('\uFEFF');
            if (text.Trim().Length == 0)
            {
                throw Refuse(displayName, "file holds only whitespace");
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            throw Refuse(displayName, "file is not valid UTF-8 text; save it as UTF-8");
        }
    }

    /// <summary>Throws unless <paramref name="kind"/> is a regular file, with a message saying what it is instead.</summary>
    internal static void RequireRegular(FileKind kind, string displayName, string whenMissing)
    {
        var problem = kind switch
        {
            FileKind.Regular => null,
            FileKind.Missing => $"file not found; {whenMissing}",
            FileKind.Directory => "is a folder, not a file; name the file inside it",
            FileKind.SymbolicLink => "is a symbolic link; election files are read only as regular files inside the repository: replace the link by the file itself",
            FileKind.Pipe => "is a named pipe (FIFO), not a regular file; replace it by the file itself",
            FileKind.Device => "is a device, not a regular file; replace it by the file itself",
            _ => "is not a regular file (a socket?); replace it by the file itself",
        };
        if (problem is not null)
        {
            throw Refuse(displayName, problem);
        }
    }

    internal static InvalidInputException Refuse(string displayName, string message) => new(new Problem(displayName, 0, "", message));

    /// <summary>Reads up to the limit and one byte more, so a file that grows while it is read is still caught.</summary>
    private static byte[] ReadCapped(string path, string displayName, long maxBytes)
    {
        using var stream = Open(path, displayName);
        if (stream.Length > maxBytes)
        {
            throw TooLarge(displayName, $"file is {stream.Length:N0} bytes", maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw TooLarge(displayName, "file grew while it was read", maxBytes);
            }
        }

        return buffer.ToArray();
    }

    private static InvalidInputException TooLarge(string displayName, string what, long maxBytes) =>
        Refuse(displayName, $"{what}, over the {maxBytes:N0}-byte limit for this kind of file; is it the right file?");

    private static FileStream Open(string path, string displayName)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            throw Refuse(displayName, "cannot be read: permission denied");
        }
        catch (IOException exception)
        {
            throw Refuse(displayName, $"cannot be read: {exception.Message}");
        }
    }
}
