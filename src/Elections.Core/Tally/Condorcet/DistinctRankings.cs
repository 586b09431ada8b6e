using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The ballots as CIVS stores them (one rank per candidate: 1 = favourite, equal ranks shared,
/// unranked = N, the number of continuing candidates), with identical rankings merged and their
/// weights added (issue 9: a count's cost follows the distinct rankings, not the ballots). Ranks
/// are bytes, so a box of up to 64 candidates takes one byte per candidate per distinct ranking.
/// </summary>
/// <remarks>
/// Merging pays when rankings repeat (real elections: hundreds of ballots, far fewer rankings). When
/// the first <see cref="Sample"/> ballot lines are mostly distinct, a table would only copy the box,
/// so the rankings are then read from the box itself, one ballot line at a time
/// (<see cref="Ranking"/>), and memory stays that of the box.
/// </remarks>
internal sealed class DistinctRankings
{
    /// <summary>Ballot lines looked at to decide whether merging pays.</summary>
    public const int Sample = 65_536;

    private readonly BallotBox? _box;
    private readonly bool[] _continuing = [];
    private readonly byte _unranked;

    private byte[] _ranks;
    private long[] _weights;
    private int[] _slots;
    private int[] _hashes;

    private DistinctRankings(BallotBox box, bool[] continuing, byte unranked)
    {
        _box = box;
        _continuing = continuing;
        _unranked = unranked;
        Width = box.Candidates.Count;
        Count = box.Count;
        Voters = box.TotalWeight;
        _ranks = [];
        _weights = [];
        _hashes = [];
        _slots = [];
    }

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

    /// <summary>Number of rankings: distinct ones when merged, else the box's ballot lines.</summary>
    public int Count { get; private set; }

    /// <summary>True when identical rankings were merged.</summary>
    public bool Merged => _box is null;

    /// <summary>Total weight of all ballots.</summary>
    public long Voters { get; private set; }

    /// <summary>
    /// Ranking <paramref name="index"/>: the rank of each candidate; read into <paramref name="scratch"/>
    /// (<see cref="Width"/> bytes) when the rankings are read from the box.
    /// </summary>
    public ReadOnlySpan<byte> Ranking(int index, Span<byte> scratch)
    {
        if (_box is null)
        {
            return Stored(index);
        }

        var ranks = scratch[..Width];
        Fill(_box.EntriesOf(index), _continuing, _unranked, ranks);
        return ranks;
    }

    /// <summary>How many ballots hold ranking <paramref name="index"/>.</summary>
    public long WeightOf(int index) => _box is null ? _weights[index] : _box.WeightOf(index);

    /// <summary>Reads <paramref name="box"/> over the <paramref name="continuing"/> candidates, merged when that pays.</summary>
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
            if (b == Sample && table.Count * 2 > Sample)
            {
                return new DistinctRankings(box, isContinuing, unranked);
            }

            Fill(box.EntriesOf(b), isContinuing, unranked, ranks);
            table.Add(ranks, box.WeightOf(b));
        }

        return table;
    }

    private static void Fill(ReadOnlySpan<ushort> entries, bool[] continuing, byte unranked, Span<byte> ranks)
    {
        ranks.Fill(unranked);
        var rank = 0;
        foreach (var entry in entries)
        {
            var c = RankEntry.Candidate(entry);
            if (!continuing[c])
            {
                continue;
            }

            if (!RankEntry.IsTiedWithPrevious(entry) || rank == 0)
            {
                rank++;
            }

            ranks[c] = (byte)rank;
        }
    }

    private ReadOnlySpan<byte> Stored(int index) => _ranks.AsSpan(index * Width, Width);

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
            if (_hashes[index] == hash && Stored(index).SequenceEqual(ranks))
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
