using System.Runtime.InteropServices;
using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// The ballots of a transferable-vote count, packed for speed: identical preference sequences
/// (after withdrawn candidates are struck out) are grouped into one line with the summed weight.
/// Equal preferences are not transferable under the rules implemented here, so a ballot stops
/// before its first rank shared by two or more candidates (the same treatment as an overvote).
/// Ballots left with no preference at all are not valid and are not stored.
/// </summary>
internal sealed class StvBallots
{
    private StvBallots(int[] starts, ushort[] entries, long[] weights, int count, long valid)
    {
        Starts = starts;
        Entries = entries;
        Weights = weights;
        Count = count;
        Valid = valid;
    }

    /// <summary>Offsets of each grouped ballot in <see cref="Entries"/>; length Count + 1.</summary>
    public int[] Starts { get; }

    /// <summary>Candidate indices, best first.</summary>
    public ushort[] Entries { get; }

    /// <summary>Number of voters behind each grouped ballot.</summary>
    public long[] Weights { get; }

    /// <summary>Number of distinct preference sequences.</summary>
    public int Count { get; }

    /// <summary>Total weight of valid ballots (at least one preference for a standing candidate).</summary>
    public long Valid { get; }

    /// <summary>The preferences of grouped ballot <paramref name="ballot"/>.</summary>
    public ReadOnlySpan<ushort> Of(int ballot) => Entries.AsSpan(Starts[ballot], Starts[ballot + 1] - Starts[ballot]);

    /// <summary>Groups the ballots of <paramref name="box"/>, skipping candidates in <paramref name="excluded"/>.</summary>
    public static StvBallots From(BallotBox box, IReadOnlySet<int> excluded)
    {
        var skip = new bool[box.Candidates.Count];
        foreach (var c in excluded)
        {
            skip[c] = true;
        }

        var entries = new List<ushort>(Math.Max(16, box.Count * 4));
        var starts = new List<int>(box.Count + 1) { 0 };
        var weights = new List<long>(box.Count);
        var index = new GroupIndex(entries, starts);
        var buffer = new List<ushort>(box.Candidates.Count);
        long valid = 0;
        for (var i = 0; i < box.Count; i++)
        {
            buffer.Clear();
            var ballot = box.EntriesOf(i);
            for (var j = 0; j < ballot.Length; j++)
            {
                var tiedWithNext = j + 1 < ballot.Length && RankEntry.IsTiedWithPrevious(ballot[j + 1]);
                if (RankEntry.IsTiedWithPrevious(ballot[j]) || tiedWithNext)
                {
                    break;
                }

                var candidate = RankEntry.Candidate(ballot[j]);
                if (!skip[candidate])
                {
                    buffer.Add((ushort)candidate);
                }
            }

            if (buffer.Count == 0)
            {
                continue;
            }

            var weight = box.WeightOf(i);
            valid = checked(valid + weight);
            var found = index.Find(buffer);
            if (found >= 0)
            {
                weights[found] = checked(weights[found] + weight);
                continue;
            }

            entries.AddRange(buffer);
            starts.Add(entries.Count);
            weights.Add(weight);
            index.Add(weights.Count - 1, buffer);
        }

        return new StvBallots(starts.ToArray(), entries.ToArray(), weights.ToArray(), weights.Count, valid);
    }

    /// <summary>An open-addressing hash index from preference sequence to grouped ballot.</summary>
    private sealed class GroupIndex(List<ushort> entries, List<int> starts)
    {
        private readonly List<int> _hashes = [];
        private int[] _slots = Enumerable.Repeat(-1, 1024).ToArray();

        public int Find(List<ushort> sequence)
        {
            var hash = Hash(sequence);
            var mask = _slots.Length - 1;
            var wanted = CollectionsMarshal.AsSpan(sequence);
            var all = CollectionsMarshal.AsSpan(entries);
            for (var slot = hash & mask; _slots[slot] >= 0; slot = (slot + 1) & mask)
            {
                var ballot = _slots[slot];
                if (_hashes[ballot] == hash && all[starts[ballot]..starts[ballot + 1]].SequenceEqual(wanted))
                {
                    return ballot;
                }
            }

            return -1;
        }

        public void Add(int ballot, List<ushort> sequence)
        {
            _hashes.Add(Hash(sequence));
            if (_hashes.Count * 2 > _slots.Length)
            {
                _slots = Enumerable.Repeat(-1, _slots.Length * 2).ToArray();
                for (var b = 0; b < _hashes.Count; b++)
                {
                    Place(b);
                }
            }
            else
            {
                Place(ballot);
            }
        }

        private void Place(int ballot)
        {
            var mask = _slots.Length - 1;
            var slot = _hashes[ballot] & mask;
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = ballot;
        }

        private static int Hash(List<ushort> sequence)
        {
            uint hash = 2166136261;
            foreach (var c in CollectionsMarshal.AsSpan(sequence))
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
