using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Elections.Infrastructure.GitHub.Auth;

/// <summary>
/// Signs the GitHub App JWT (RS256): iat = now − 60 s (clock drift), exp = now + <see cref="Lifetime"/>
/// (GitHub's limit is 10 minutes), iss = client id or App id.
/// </summary>
public sealed class GitHubAppJwt : IDisposable
{
    /// <summary>How long a JWT is valid after now (9 minutes: under GitHub's 10 even with a little drift).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(9);

    /// <summary>How far iat is backdated.</summary>
    public static readonly TimeSpan Backdate = TimeSpan.FromSeconds(60);

    private readonly RSA _rsa;
    private readonly SigningCredentials _credentials;
    private readonly string _issuer;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Creates the signer from PEM text (PKCS#1 or PKCS#8).</summary>
    public GitHubAppJwt(string issuer, string privateKeyPem, TimeProvider time, string keySource = "GitHub App private key")
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentNullException.ThrowIfNull(time);
        _issuer = issuer;
        _time = time;
        _rsa = GitHubAppKey.Load(privateKeyPem, keySource);
        _credentials = new SigningCredentials(new RsaSecurityKey(_rsa), SecurityAlgorithms.RsaSha256);
    }

    /// <summary>A fresh JWT and its expiry.</summary>
    public (string Jwt, DateTimeOffset ExpiresAt) Create()
    {
        var now = _time.GetUtcNow();
        var expires = now + Lifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            IssuedAt = (now - Backdate).UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
        };
        return (_handler.CreateToken(descriptor), expires);
    }

    /// <inheritdoc />
    public void Dispose() => _rsa.Dispose();
}
