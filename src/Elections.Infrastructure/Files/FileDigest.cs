using System.Security.Cryptography;

namespace Elections.Infrastructure.Files;

/// <summary>The SHA-256 of a file's bytes, as <c>sha256sum</c> prints it (lowercase hex).</summary>
public static class FileDigest
{
    /// <summary>Hashes <paramref name="path"/> as a stream (any size).</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
