namespace Elections.Core.Ballots;

/// <summary>
/// An immutable set of ranked ballots over named candidates: the input of every counting method.
/// </summary>
/// <remarks>
/// Ballots are stored flat (one array of packed <see cref="RankEntry"/> values, one of offsets, one
/// of weights) so that parsing and counting a million ballots stays within twice the ballot file's
/// size (tally.md §5). A ballot lists candidates best first; entries flagged
/// <see cref="RankEntry.TiedWithPrevious"/> share the preceding rank. Candidates a ballot does not
/// list are unranked; how a method treats them (tied last, or incomparable) is the method's
/// documented option, not the ballot's. Approval ballots are one rank of tied candidates. A ballot
/// with no entries is a valid, empty ballot.
/// </remarks>
public sealed class BallotBox
{
    private readonly ushort[] _entries;
    private readonly int[] _starts;
    private readonly long[] _weights;

    internal BallotBox(
        string title,
        IReadOnlyList<string> candidates,
        IReadOnlySet<int> withdrawn,
        int? declaredSeats,
        ushort[] entries,
        int[] starts,
        long[] weights,
        int count)
    {
        Title = title;
        Candidates = candidates;
        Withdrawn = withdrawn;
        DeclaredSeats = declaredSeats;
        _entries = entries;
        _starts = starts;
        _weights = weights;
        Count = count;
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            total += weights[i];
        }

        TotalWeight = total;
    }

    /// <summary>The election title (BLT's last line), or empty when the format has none.</summary>
    public string Title { get; }

    /// <summary>Candidate names; a ballot entry's candidate index points into this list.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>Indices of candidates withdrawn before the count (BLT negative indices, <c>[withdrawn]</c>).</summary>
    public IReadOnlySet<int> Withdrawn { get; }

    /// <summary>The seat count the file declares, if any; it is not always the real one (tally.md §2.3).</summary>
    public int? DeclaredSeats { get; }

    /// <summary>
    /// An explicit tie-breaking order from the file (0-based candidate indices, first = favoured;
    /// BLT <c>[tie …]</c>, Droop), or empty when the file gives none.
    /// </summary>
    public IReadOnlyList<int> TieOrder { get; internal init; } = [];

    /// <summary>Number of stored ballot lines (a line may carry a weight above one).</summary>
    public int Count { get; }

    /// <summary>Sum of all ballot weights: the number of voters.</summary>
    public long TotalWeight { get; }

    /// <summary>The weight (multiplicity) of ballot line <paramref name="ballot"/>.</summary>
    public long WeightOf(int ballot) => _weights[ballot];

    /// <summary>The packed entries of ballot line <paramref name="ballot"/>, best first.</summary>
    public ReadOnlySpan<ushort> EntriesOf(int ballot) =>
        _entries.AsSpan(_starts[ballot], _starts[ballot + 1] - _starts[ballot]);

    /// <summary>
    /// Ballot line <paramref name="ballot"/> as rank groups (best first; each group holds the
    /// 0-based indices of candidates sharing that rank). Allocates; meant for writers and tests.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> RanksOf(int ballot)
    {
        var groups = new List<IReadOnlyList<int>>();
        List<int>? current = null;
        foreach (var entry in EntriesOf(ballot))
        {
            if (current is null || !RankEntry.IsTiedWithPrevious(entry))
            {
                current = [];
                groups.Add(current);
            }

            current.Add(RankEntry.Candidate(entry));
        }

        return groups;
    }
}
