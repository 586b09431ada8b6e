namespace Elections.Core.Voters;

/// <summary>
/// Why a person is on the roll: automatically eligible by contributions, or approved by the
/// committee as an exception with a recorded reason (constitution "Vote eligibility",
/// nixos-anchor §3.1).
/// </summary>
/// <param name="Kind">Automatic or exception.</param>
/// <param name="Reason">For exceptions, why the committee approved it; empty for automatic voters.</param>
public sealed record VoterSource(VoterSourceKind Kind, string Reason)
{
    /// <summary>The source of every automatically eligible voter.</summary>
    public static VoterSource Automatic { get; } = new(VoterSourceKind.Automatic, "");

    /// <summary>An exception approved by the committee for <paramref name="reason"/>.</summary>
    public static VoterSource Exception(string reason) => new(VoterSourceKind.Exception, reason);
}

/// <summary>The two ways onto the roll (nixos-anchor §3.1).</summary>
public enum VoterSourceKind
{
    /// <summary>Eligible by the automatic contribution rule.</summary>
    Automatic,

    /// <summary>Approved by the committee on request.</summary>
    Exception,
}
