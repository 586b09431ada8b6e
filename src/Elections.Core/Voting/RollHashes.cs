using System.Security.Cryptography;
using System.Text;
using Elections.Core.Mail;
using Elections.Core.Voters;

namespace Elections.Core.Voting;

/// <summary>
/// The roll a voter can check without it revealing addresses (issue 13 item 2; docs/voting.md "Checking your
/// address"): one line per address who can vote, the lower-case hex SHA-256 of <c>salt ":" address</c> with the
/// address trimmed and lower-cased, sorted; the salt is published in the file's header.
/// </summary>
public static class RollHashes
{
    /// <summary>The header line that carries the salt.</summary>
    public const string SaltPrefix = "# salt: ";

    /// <summary>The hash rule, as the file states it.</summary>
    public const string Rule = "sha256(salt + \":\" + lower-case(trimmed address)), lower-case hex";

    /// <summary>An address as the hand-off compares it: trimmed, lower-case.</summary>
    public static string Normalize(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Trim().ToLowerInvariant();
    }

    /// <summary>The addresses of everyone who can vote (<see cref="VoterRules.CanVote"/>), normalised, deduplicated, sorted.</summary>
    public static IReadOnlyList<string> VotingAddresses(VoterRoll roll) =>
        [.. MailRecipients.Select(roll, [], out _).Select(r => Normalize(r.Address)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The salted hash of one address.</summary>
    public static string Hash(string salt, string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{Normalize(address)}")));

    /// <summary>The published file: a header with the salt and the rule, then the sorted hashes.</summary>
    public static string Render(string election, string salt, IReadOnlyList<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var text = new StringBuilder()
            .Append($"# Salted hashes of the e-mail addresses on the voter roll of {election}, one per line.\n")
            .Append($"# hash = {Rule}\n")
            .Append("# Check yours: elections voting check-email ADDRESS (docs/voting.md)\n")
            .Append($"{SaltPrefix}{salt}\n");
        foreach (var hash in addresses.Select(a => Hash(salt, a)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(hash).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a published file back: its salt and hashes; false when it has no salt line.</summary>
    public static bool TryParse(string text, out string salt, out IReadOnlySet<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        salt = lines.FirstOrDefault(l => l.StartsWith(SaltPrefix, StringComparison.Ordinal))?[SaltPrefix.Length..].Trim() ?? "";
        hashes = lines.Where(l => !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        return salt.Length > 0;
    }
}
