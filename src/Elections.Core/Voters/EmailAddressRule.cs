namespace Elections.Core.Voters;

/// <summary>
/// The conservative e-mail address rule: only addresses that both OpaVote and CIVS accept
/// (docs/voters.md "E-mail addresses"; CIVS's address check in nixos-anchor §1.3
/// <c>scripts/check-mail.pl</c>; appendix A5). Bare ASCII addresses only: a local part of atext
/// characters and single inner dots (at most 64 characters), a domain of at least two labels of
/// letters, digits and inner hyphens ending in a 2–8 letter top-level label, 254 characters in all.
/// Quoted local parts, display names, IP-literal domains and internationalised addresses are refused.
/// </summary>
public static class EmailAddressRule
{
    /// <summary>The longest local part (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxLocalLength = 64;

    /// <summary>The longest address (RFC 5321 path limit minus the angle brackets).</summary>
    public const int MaxLength = 254;

    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>Checks <paramref name="address"/>; on failure <paramref name="reason"/> says what is wrong and how to fix it.</summary>
    public static bool IsAcceptable(string address, out string reason)
    {
        ArgumentNullException.ThrowIfNull(address);
        reason = Check(address);
        return reason.Length == 0;
    }

    private static string Check(string address)
    {
        if (address.Length == 0)
        {
            return "the address is empty";
        }

        if (address.Any(char.IsWhiteSpace))
        {
            return $"\"{address}\" contains a space; write the bare address, e.g. name@example.org";
        }

        if (address.Contains('<', StringComparison.Ordinal) || address.Contains('>', StringComparison.Ordinal))
        {
            return $"\"{address}\" looks like it has a display name or angle brackets; write only the address, e.g. name@example.org";
        }

        if (address.Any(c => c > '\u007f'))
        {
            return $"\"{address}\" has non-ASCII characters; internationalised addresses are refused because CIVS accepts only ASCII addresses, so give an ASCII address";
        }

        if (address.Length > MaxLength)
        {
            return $"the address is {address.Length} characters long, over the {MaxLength}-character limit";
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || at != address.LastIndexOf('@'))
        {
            return $"\"{address}\" must contain exactly one @";
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        var localReason = CheckLocal(local);
        return localReason.Length > 0 ? $"\"{address}\": {localReason}" : CheckDomain(address, domain);
    }

    private static string CheckLocal(string local)
    {
        if (local.Length == 0)
        {
            return "nothing before the @";
        }

        if (local.Length > MaxLocalLength)
        {
            return $"the part before the @ is {local.Length} characters, over the {MaxLocalLength}-character limit";
        }

        if (local.Contains('"', StringComparison.Ordinal))
        {
            return "quoted local parts are refused; use an address without quotes";
        }

        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return "the part before the @ must not start or end with a dot or contain two dots in a row";
        }

        var bad = local.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c != '.' && !LocalSpecials.Contains(c, StringComparison.Ordinal));
        return bad == default ? "" : $"the character '{bad}' is not allowed before the @";
    }

    private static string CheckDomain(string address, string domain)
    {
        if (domain.StartsWith('[') || domain.Length == 0)
        {
            return $"\"{address}\" needs a domain name after the @ (IP addresses are refused)";
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return $"\"{address}\": the domain \"{domain}\" needs at least one dot, e.g. example.org";
        }

        foreach (var label in labels)
        {
            if (label.Length == 0 || label.Length > 63)
            {
                return $"\"{address}\": the domain \"{domain}\" has an empty or over-long part between dots";
            }

            if (label.StartsWith('-') || label.EndsWith('-') || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return $"\"{address}\": the domain part \"{label}\" may hold only letters, digits and inner hyphens";
            }
        }

        var top = labels[^1];
        return top.Length is >= 2 and <= 8 && top.All(char.IsAsciiLetter)
            ? ""
            : $"\"{address}\": the top-level domain \"{top}\" must be 2 to 8 letters, as CIVS requires";
    }
}
