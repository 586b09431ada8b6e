using Elections.Core.Voters;

namespace Elections.Core.Mail;

/// <summary>One address a mailout writes to, with the voter it belongs to (nixos-anchor §2.9: one job per address).</summary>
/// <param name="Address">The address as written on the roll.</param>
/// <param name="Voter">The first voter on the roll with this address.</param>
public sealed record MailRecipient(string Address, Voter Voter)
{
    /// <summary>The journal key: the address in lower case, so one person is written to once whatever the case.</summary>
    public string Key => Address.ToLowerInvariant();
}
