namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The transitive closure of the pairs locked so far by ranked pairs (tally.md §1.2): which candidate
/// reaches which through locked pairs. Rows are bit sets, so locking a pair costs one row union per
/// candidate that reaches its winner, and a pair already implied by the closure costs nothing; the
/// whole count stays polynomial (at most n² locks of n·n/64 word operations).
/// </summary>
internal sealed class Reachability
{
    private readonly ulong[][] _rows;

    public Reachability(int candidates)
    {
        var words = (candidates + 63) / 64;
        _rows = new ulong[candidates][];
        for (var i = 0; i < candidates; i++)
        {
            _rows[i] = new ulong[words];
        }
    }

    /// <summary>True when <paramref name="from"/> reaches <paramref name="to"/> through locked pairs.</summary>
    public bool Reaches(int from, int to) => (_rows[from][to >> 6] & (1UL << (to & 63))) != 0;

    /// <summary>Locks <paramref name="winner"/> over <paramref name="loser"/> (the caller has checked it closes no cycle).</summary>
    public void Lock(int winner, int loser)
    {
        if (Reaches(winner, loser))
        {
            return;
        }

        var gained = (ulong[])_rows[loser].Clone();
        gained[loser >> 6] |= 1UL << (loser & 63);
        for (var i = 0; i < _rows.Length; i++)
        {
            if (i == winner || Reaches(i, winner))
            {
                var row = _rows[i];
                for (var w = 0; w < row.Length; w++)
                {
                    row[w] |= gained[w];
                }
            }
        }
    }
}
