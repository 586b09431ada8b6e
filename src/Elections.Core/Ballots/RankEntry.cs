namespace Elections.Core.Ballots;

/// <summary>
/// One position on a ranked ballot, packed in 16 bits so a million 30-candidate ballots fit in
/// about 60 MB: the low 15 bits hold the 0-based candidate index, the high bit says the candidate
/// shares the rank of the entry before it (an equal preference, BLT <c>=</c>).
/// </summary>
public static class RankEntry
{
    /// <summary>The largest number of candidates a ballot box can hold (15-bit index).</summary>
    public const int MaxCandidates = 0x7FFF;

    /// <summary>Set when the candidate is ranked equal to the previous entry.</summary>
    public const ushort TiedWithPrevious = 0x8000;

    /// <summary>Packs a candidate index, optionally tied with the previous entry.</summary>
    public static ushort Of(int candidate, bool tiedWithPrevious = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidate, MaxCandidates);
        return (ushort)(candidate | (tiedWithPrevious ? TiedWithPrevious : 0));
    }

    /// <summary>The 0-based candidate index of an entry.</summary>
    public static int Candidate(ushort entry) => entry & 0x7FFF;

    /// <summary>Whether the entry shares the rank of the entry before it.</summary>
    public static bool IsTiedWithPrevious(ushort entry) => (entry & TiedWithPrevious) != 0;
}
