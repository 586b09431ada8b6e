using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The ballots as CIVS stores them (one rank per candidate: 1 = favourite, equal ranks shared,
/// unranked = N, the number of continuing candidates), with identical rankings merged and their
/// weights added (issue 9: a count's cost follows the distinct rankings, not the ballots). Ranks
/// are bytes, so a box of up to 64 candidates takes one byte per candidate per distinct ranking.
/// </summary>
internal sealed class DistinctRankings
{
    private byte[] _ranks;
    private long[] _weights;
    private int[] _slots;
    private int[] _hashes;

    private DistinctRankings(int width)
    {
        Width = width;
        _ranks = new byte[width * 64];
        _weights = new long[64];
        _hashes = new int[64];
        _slots = new int[128];
        Array.Fill(_slots, -1);
    }

    /// <summary>Bytes per ranking: one per candidate of the box (withdrawn ones included, at rank N).</summary>
    public int Width { get; }

    /// <summary>Number of distinct rankings.</summary>
    public int Count { get; private set; }

    /// <summary>Total weight of all ballots.</summary>
    public long Voters { get; private set; }

    /// <summary>Ranking <paramref name="index"/>: the rank of each candidate.</summary>
    public ReadOnlySpan<byte> this[int index] => _ranks.AsSpan(index * Width, Width);

    /// <summary>How many ballots hold ranking <paramref name="index"/>.</summary>
    public long WeightOf(int index) => _weights[index];

    /// <summary>Reads <paramref name="box"/> over the <paramref name="continuing"/> candidates.</summary>
    public static DistinctRankings Of(BallotBox box, IReadOnlyList<int> continuing)
    {
        var width = box.Candidates.Count;
        var isContinuing = new bool[width];
        foreach (var c in continuing)
        {
            isContinuing[c] = true;
        }

        var unranked = (byte)continuing.Count;
        var table = new DistinctRankings(width);
        Span<byte> ranks = stackalloc byte[width];
        for (var b = 0; b < box.Count; b++)
        {
            ranks.Fill(unranked);
            var rank = 0;
            foreach (var entry in box.EntriesOf(b))
            {
                var c = RankEntry.Candidate(entry);
                if (!isContinuing[c])
                {
                    continue;
                }

                if (!RankEntry.IsTiedWithPrevious(entry) || rank == 0)
                {
                    rank++;
                }

                ranks[c] = (byte)rank;
            }

            table.Add(ranks, box.WeightOf(b));
        }

        return table;
    }

    private void Add(ReadOnlySpan<byte> ranks, long weight)
    {
        Voters = checked(Voters + weight);
        var hasher = default(HashCode);
        hasher.AddBytes(ranks);
        var hash = hasher.ToHashCode();
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] >= 0)
        {
            var index = _slots[slot];
            if (_hashes[index] == hash && this[index].SequenceEqual(ranks))
            {
                _weights[index] += weight;
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _weights.Length)
        {
            Array.Resize(ref _weights, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
            Array.Resize(ref _ranks, Count * 2 * Width);
        }

        ranks.CopyTo(_ranks.AsSpan(Count * Width, Width));
        _weights[Count] = weight;
        _hashes[Count] = hash;
        _slots[slot] = Count;
        Count++;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        Array.Fill(_slots, -1);
        var mask = _slots.Length - 1;
        for (var index = 0; index < Count; index++)
        {
            var slot = _hashes[index] & mask;
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = index;
        }
    }
}
