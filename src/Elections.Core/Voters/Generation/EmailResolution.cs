namespace Elections.Core.Voters.Generation;

/// <summary>
/// Picks a voter's address from candidates offered in the configured source order (issue 11 item 3;
/// nixos-anchor §3.1 "Email source": NixOS 2024 skipped <c>noreply</c>, and stale or shared addresses
/// surprised people). An address is usable only when it passes the roll's e-mail rule, is not a
/// <c>noreply</c> address, is not suppressed (bounced or listed) and is not used by another voter.
/// </summary>
public static class EmailResolution
{
    /// <summary>Why <paramref name="address"/> cannot be used, or null when it can.</summary>
    public static string? Refusal(string address, IReadOnlySet<string> taken, IReadOnlySet<string> suppressed)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentNullException.ThrowIfNull(suppressed);
        if (!EmailAddressRule.IsAcceptable(address, out var reason))
        {
            return reason;
        }

        if (address.Contains("noreply", StringComparison.OrdinalIgnoreCase))
        {
            return "a noreply address";
        }

        if (suppressed.Contains(address))
        {
            return "suppressed (bounced or listed in email_sources.suppressed)";
        }

        return taken.Contains(address) ? "already used by another voter" : null;
    }

    /// <summary>The first usable candidate of <paramref name="inOrder"/>, or null when none is.</summary>
    public static EmailCandidate? Pick(IEnumerable<EmailCandidate> inOrder, IReadOnlySet<string> taken, IReadOnlySet<string> suppressed)
    {
        ArgumentNullException.ThrowIfNull(inOrder);
        return inOrder.FirstOrDefault(c => Refusal(c.Address, taken, suppressed) is null);
    }
}
