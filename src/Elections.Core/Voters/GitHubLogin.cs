namespace Elections.Core.Voters;

/// <summary>
/// The shape of a GitHub login: 1–39 ASCII letters, digits and hyphens, not starting with a hyphen
/// (old accounts may still have double or trailing hyphens, so those are allowed). Logins
/// compare case-insensitively (nixos-anchor §2.6: file names may differ in case from the login).
/// </summary>
public static class GitHubLogin
{
    /// <summary>The longest login GitHub allows.</summary>
    public const int MaxLength = 39;

    /// <summary>True when <paramref name="login"/> has the shape of a GitHub user login.</summary>
    public static bool IsWellFormed(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        return login.Length is > 0 and <= MaxLength
            && login[0] != '-'
            && login.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>True when two logins name the same account (case-insensitive).</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
