namespace Elections.Core.Voters;

/// <summary>
/// The parsed <c>voters.json</c>: every eligible person of the election, in file order
/// (docs/voters.md; replaces the 2024 NixOS e-mail → id map, nixos-anchor §2.1).
/// </summary>
public sealed record VoterRoll
{
    /// <summary>The value of the <c>format</c> field every roll carries.</summary>
    public const string FormatName = "elections/voters";

    /// <summary>The format version this code reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The file the roll was read from, as shown to people (e.g. <c>voters.json</c>).</summary>
    public required string File { get; init; }

    /// <summary>The voters, in file order.</summary>
    public required IReadOnlyList<Voter> Voters { get; init; }

    /// <summary>The audit section: the committee's hand-made changes, oldest first (docs/voters.md "Audit section").</summary>
    public IReadOnlyList<RollAuditEntry> Audit { get; init; } = [];

    /// <summary>Finds the voter with GitHub id <paramref name="id"/>.</summary>
    public bool TryFindById(long id, out Voter voter)
    {
        foreach (var candidate in Voters)
        {
            if (candidate.Id == id)
            {
                voter = candidate;
                return true;
            }
        }

        voter = null!;
        return false;
    }

    /// <summary>Finds the voter whose login is <paramref name="login"/>, ignoring case (GitHub logins are case-insensitive).</summary>
    public bool TryFindByLogin(string login, out Voter voter)
    {
        ArgumentNullException.ThrowIfNull(login);
        foreach (var candidate in Voters)
        {
            if (candidate.Login.Length > 0 && string.Equals(candidate.Login, login, StringComparison.OrdinalIgnoreCase))
            {
                voter = candidate;
                return true;
            }
        }

        voter = null!;
        return false;
    }
}
