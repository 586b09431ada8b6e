using System.Security.Cryptography;

namespace Elections.Infrastructure.Webhooks;

/// <summary>
/// <c>X-Hub-Signature-256</c>: <c>sha256=</c> and the hex HMAC-SHA256 of the raw body keyed with the
/// webhook secret. Checked in constant time. There is no "no secret" case: an empty secret is a
/// programming error, since the host refuses to start without one (DESIGN principle 4).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";
    private const int HashBytes = 32;

    public static SignatureCheck Verify(ReadOnlySpan<byte> secret, string? header, ReadOnlySpan<byte> body)
    {
        if (secret.IsEmpty)
        {
            throw new ArgumentException("the webhook secret is empty; refuse to serve instead", nameof(secret));
        }

        if (string.IsNullOrEmpty(header))
        {
            return SignatureCheck.Missing;
        }

        Span<byte> claimed = stackalloc byte[HashBytes];
        if (!TryParse(header, claimed))
        {
            return SignatureCheck.Malformed;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(secret, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value GitHub would send for <paramref name="body"/> (tests, Sandbox, benchmark).</summary>
    public static string Sign(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        HMACSHA256.HashData(secret, body, hash);
        return Prefix + Convert.ToHexStringLower(hash);
    }

    private static bool TryParse(string header, Span<byte> hash)
    {
        if (!header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + (2 * HashBytes))
        {
            return false;
        }

        var status = Convert.FromHexString(header.AsSpan(Prefix.Length), hash, out _, out var written);
        return status == System.Buffers.OperationStatus.Done && written == HashBytes;
    }
}
