using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Elections.Sandbox.Rest;

/// <summary>Checks an App JWT like GitHub: RS256 signature, issuer, iat/exp with at most 10 minutes between.</summary>
internal static class JwtCheck
{
    public static string? Problem(string jwt, string? keyPem, IReadOnlyList<string> issuers, DateTimeOffset now)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return "A JSON web token could not be decoded";
        }

        if (keyPem is null)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(Decode(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "RS256")
            {
                return "'alg' must be RS256";
            }

            using var rsa = RSA.Create();
            rsa.ImportFromPem(keyPem);
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return "A JSON web token could not be decoded";
            }

            using var payload = JsonDocument.Parse(Decode(parts[1]));
            var root = payload.RootElement;
            var iss = root.GetProperty("iss").ToString();
            var iat = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("iat").GetInt64());
            var exp = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            if (issuers.Count > 0 && !issuers.Contains(iss))
            {
                return $"'Issuer' claim ('iss') must be the App id or client id, not {iss}";
            }

            if (exp <= now || iat > now + TimeSpan.FromSeconds(60))
            {
                return "'Expiration time' claim ('exp') is too far in the future or 'iat' is in the future";
            }

            return exp - iat > TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(60)
                ? "'Expiration time' claim ('exp') is too far in the future"
                : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return "A JSON web token could not be decoded";
        }
    }

    private static byte[] Decode(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
    }
}
