using System.Security.Cryptography;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>Loads a GitHub App private key: PEM text, PKCS#1 (BEGIN RSA PRIVATE KEY) or PKCS#8 (BEGIN PRIVATE KEY).</summary>
public static class GitHubAppKey
{
    /// <summary>Reads a PEM file defensively; problems name the file.</summary>
    public static string ReadFile(string path)
    {
        var pem = InputFile.ReadText(path, path, 64 * 1024);
        Validate(pem, path);
        return pem;
    }

    /// <summary>Throws <see cref="InvalidInputException"/> naming <paramref name="source"/> unless the PEM holds an RSA private key.</summary>
    public static void Validate(string pem, string source)
    {
        using var rsa = Load(pem, source);
    }

    /// <summary>Imports the key; the caller disposes the result.</summary>
    public static RSA Load(string pem, string source)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new InvalidInputException(new Problem(
                source, 0, "private key", "not a PEM private key; use the .pem file downloaded from the GitHub App settings (BEGIN RSA PRIVATE KEY or BEGIN PRIVATE KEY)"));
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidInputException(new Problem(
                source, 0, "private key", "the PEM could not be read as an RSA private key (PKCS#1 or PKCS#8); download a new key from the App settings"));
        }
    }
}
