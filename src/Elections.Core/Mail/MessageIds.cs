using System.Security.Cryptography;
using System.Text;

namespace Elections.Core.Mail;

/// <summary>
/// Deterministic Message-Ids: the same (election, template, recipient) always gets the same id, so a message resent
/// after a crash is recognisable as a duplicate (nixos-anchor A8: the 2024 mail had none).
/// </summary>
public static class MessageIds
{
    /// <summary>
    /// <c>slug.template.HASH@domain</c> without angle brackets: the hash covers the recipient key so the id does not
    /// reveal the address; the domain is the From address's.
    /// </summary>
    public static string For(string election, string template, MailRecipient recipient, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(fromAddress);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{election}\n{template}\n{recipient.Key}"));
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 ? fromAddress[(at + 1)..] : "elections.invalid";
        return $"{election}.{template}.{Convert.ToHexStringLower(hash.AsSpan(0, 12))}@{domain}";
    }
}
