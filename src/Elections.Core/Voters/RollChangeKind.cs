namespace Elections.Core.Voters;

/// <summary>
/// The committee's hand-made changes to the roll, each recorded in its audit section (docs/voters.md
/// "Changing the roll"; nixos-anchor §3.1 exceptions and waivers, §3.8 revocations, appendix A5–A6). The
/// 2024 NixOS election made them as unexplained commits; here each carries a reason and a date.
/// </summary>
public enum RollChangeKind
{
    /// <summary>A person not eligible by the contribution rule is added, with the committee's reason.</summary>
    Exception,

    /// <summary>A voter declines their vote; they stay listed so a regeneration does not add them back.</summary>
    Waiver,

    /// <summary>A voter keeps the vote but leaves the voters team and its organization invitation.</summary>
    OptOut,

    /// <summary>Repository access is revoked for rule violations; the person still votes by e-mail.</summary>
    Revocation,

    /// <summary>The voter's GitHub account changed: old id → new id, with proof that both are the same person.</summary>
    AccountMove,
}

/// <summary>The spellings of <see cref="RollChangeKind"/> in <c>voters.json</c>.</summary>
public static class RollChangeKinds
{
    /// <summary>The spelling of <paramref name="kind"/>, e.g. <c>account-move</c>.</summary>
    public static string ToText(RollChangeKind kind) => kind switch
    {
        RollChangeKind.Exception => "exception",
        RollChangeKind.Waiver => "waiver",
        RollChangeKind.OptOut => "opt-out",
        RollChangeKind.Revocation => "revocation",
        RollChangeKind.AccountMove => "account-move",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown roll change"),
    };

    /// <summary>Every spelling, in documentation order.</summary>
    public static IReadOnlyList<string> Texts { get; } = [.. Enum.GetValues<RollChangeKind>().Select(ToText)];

    /// <summary>Parses a spelling (exact, lower case).</summary>
    public static bool TryParse(string text, out RollChangeKind kind)
    {
        foreach (var value in Enum.GetValues<RollChangeKind>())
        {
            if (string.Equals(ToText(value), text, StringComparison.Ordinal))
            {
                kind = value;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
