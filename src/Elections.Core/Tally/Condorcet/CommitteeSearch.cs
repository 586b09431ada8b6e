using System.Numerics;
using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// CIVS's proportional committee search in best-candidate mode (CIVS <c>results</c>,
/// <c>PrintProportionalResults</c>; html/proportional.html; tally.md §1.3 steps 3–6), step by
/// step: committees are compared by f-preferences with the (k+1) validity factor, explored by a
/// first-improvement depth-first local search capped at 500 visits, completed by the "obvious
/// contenders" (every k-subset of the top k+1 individuals), and decided by the old CIVS
/// beatpath (winning votes, cleaned matrix, widest paths).
/// </summary>
/// <remarks>
/// Cost follows distinct rankings and committees, not ballots (issue 9): identical rankings are
/// merged first when they repeat (<see cref="DistinctRankings"/>), and one pass over them counts
/// every comparison a step needs. For a swap of member m for candidate r the committees share all other members S, so a
/// voter's sorted member ranks first differ where the better of m and r enters S's ranks: at
/// position #{s ∈ S : rank(s) ≤ min(rank m, rank r)}. One pass gives that position for all k·(n−k)
/// swaps of a committee. The final beatpath compares every pair of explored committees by each
/// voter's sorted member ranks, packed in one 64-bit key for up to 8 seats. Counts are integers,
/// added in any order, so the parallel chunks give the same result as one thread.
/// </remarks>
internal sealed class CommitteeSearch
{
    /// <summary>CIVS stops the search after this many visits and warns that the result may be wrong.</summary>
    public const int MaxVisits = 500;

    private const int ChunkSize = 2048;
    private readonly DistinctRankings _rankings;
    private readonly int _seats;
    private readonly long _fraction;
    private readonly List<ulong> _explored = [];
    private readonly HashSet<ulong> _seen = [];
    private readonly IReadOnlyList<int> _candidates;

    public CommitteeSearch(BallotBox box, IReadOnlyList<int> candidates, int seats)
    {
        _candidates = candidates;
        _seats = seats;
        _rankings = DistinctRankings.Of(box, candidates);
        _fraction = 1;
        while (_fraction < _rankings.Voters)
        {
            _fraction *= 10;
        }
    }

    /// <summary>Visits made by the local search.</summary>
    public int Visits { get; private set; }

    /// <summary>True when the search hit <see cref="MaxVisits"/> (CIVS: "Search for best set of choices failed").</summary>
    public bool Failed { get; private set; }

    /// <summary>Committees explored, in the order first met.</summary>
    public IReadOnlyList<ulong> Explored => _explored;

    /// <summary>Distinct rankings the search compared committees on; 0 when they were read from the box unmerged.</summary>
    public int DistinctCount => _rankings.Merged ? _rankings.Count : 0;

    /// <summary>Runs the search from <paramref name="individualOrder"/> (best first) and returns the unbeaten committees.</summary>
    public IReadOnlyList<ulong> Run(IReadOnlyList<int> individualOrder)
    {
        var start = Mask(individualOrder.Take(_seats));
        Visit(start);
        var top = individualOrder.Take(_seats + 1).ToList();
        if (top.Count == _seats + 1)
        {
            foreach (var left in top)
            {
                Add(Mask(top.Where(c => c != left)));
            }
        }

        return Unbeaten();
    }

    /// <summary>The members of a committee mask, ascending.</summary>
    public static IReadOnlyList<int> Members(ulong committee)
    {
        var members = new List<int>(BitOperations.PopCount(committee));
        while (committee != 0)
        {
            members.Add(BitOperations.TrailingZeroCount(committee));
            committee &= committee - 1;
        }

        return members;
    }

    private static ulong Mask(IEnumerable<int> members) => members.Aggregate(0UL, (mask, c) => mask | (1UL << c));

    private void Add(ulong committee)
    {
        if (_seen.Add(committee))
        {
            _explored.Add(committee);
        }
    }

    private void Visit(ulong committee)
    {
        while (true)
        {
            if (Visits >= MaxVisits)
            {
                Failed = true;
                return;
            }

            Visits++;
            Add(committee);
            var next = FirstImprovement(committee);
            if (next == committee)
            {
                return;
            }

            committee = next;
        }
    }

    /// <summary>Member i ascending, then replacement j ascending; the first better swap, else the committee itself.</summary>
    private ulong FirstImprovement(ulong committee)
    {
        var members = Members(committee).ToArray();
        var others = _candidates.Where(c => (committee & (1UL << c)) == 0).ToArray();
        var k = _seats;
        var counts = Accumulate(others.Length * members.Length * 2 * k, (ranks, weight, histogram) => CountSwaps(ranks, weight, members, others, histogram));
        for (var i = 0; i < members.Length; i++)
        {
            for (var j = 0; j < others.Length; j++)
            {
                var swapped = (committee & ~(1UL << members[i])) | (1UL << others[j]);
                var at = ((i * others.Length) + j) * 2 * k;
                if (!_seen.Contains(swapped) && Strength(counts.AsSpan(at, k)) > Strength(counts.AsSpan(at + k, k)))
                {
                    return swapped;
                }
            }
        }

        return committee;
    }

    /// <summary>
    /// One voter's first differences for every swap (member i → candidate j): at [(i·r + j)·2k + t]
    /// when the swapped committee is better at position t, at [… + k + t] when the current one is.
    /// </summary>
    private void CountSwaps(ReadOnlySpan<byte> ranks, long weight, int[] members, int[] others, long[] histogram)
    {
        var k = _seats;
        Span<int> atOrAbove = stackalloc int[CivsProportionalMethod.MaxCandidates + 2];
        atOrAbove.Clear();
        foreach (var m in members)
        {
            atOrAbove[ranks[m]]++;
        }

        for (var rank = 1; rank < atOrAbove.Length; rank++)
        {
            atOrAbove[rank] += atOrAbove[rank - 1];
        }

        for (var i = 0; i < members.Length; i++)
        {
            var a = ranks[members[i]];
            var row = i * others.Length;
            for (var j = 0; j < others.Length; j++)
            {
                var b = ranks[others[j]];
                if (a == b)
                {
                    continue;
                }

                var at = (row + j) * 2 * k;
                histogram[a < b ? at + k + atOrAbove[a] - 1 : at + atOrAbove[b]] += weight;
            }
        }
    }

    /// <summary>
    /// The strength of the preference whose first differences are <paramref name="firstDifference"/>:
    /// the largest proportionally valid f-preference count (v·(k+1) ≥ f·n), times D, plus the plain
    /// k-preference count (the CIVS weak tie-break count/D, D = smallest power of 10 ≥ n).
    /// </summary>
    private long Strength(ReadOnlySpan<long> firstDifference)
    {
        var k = _seats;
        long best = 0, cumulative = 0;
        for (var f = 1; f <= k; f++)
        {
            cumulative += firstDifference[f - 1];
            if (cumulative * (k + 1) >= f * _rankings.Voters && cumulative > best)
            {
                best = cumulative;
            }
        }

        return (best * _fraction) + cumulative;
    }

    /// <summary>Runs <paramref name="count"/> over every distinct ranking in parallel chunks and adds the chunks' counters.</summary>
    private long[] Accumulate(int size, Action<ReadOnlySpan<byte>, long, long[]> count)
    {
        var total = new long[size];
        var gate = new object();
        var chunks = (_rankings.Count + ChunkSize - 1) / ChunkSize;
        Parallel.For(
            0,
            chunks,
            () => new long[size],
            (chunk, _, local) =>
            {
                Span<byte> scratch = stackalloc byte[_rankings.Width];
                var end = Math.Min(_rankings.Count, (chunk + 1) * ChunkSize);
                for (var v = chunk * ChunkSize; v < end; v++)
                {
                    count(_rankings.Ranking(v, scratch), _rankings.WeightOf(v), local);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < size; i++)
                    {
                        total[i] += local[i];
                    }
                }
            });
        return total;
    }

    /// <summary>
    /// One voter's first differences for every pair p &lt; q of explored committees, from each
    /// committee's sorted member ranks: at [(pair·2)·k + t] when p is better, [(pair·2 + 1)·k + t] when q is.
    /// </summary>
    private void CountPairs(ReadOnlySpan<byte> ranks, long weight, int[][] committees, long[] histogram)
    {
        var k = _seats;
        var m = committees.Length;
        Span<byte> sorted = m * k <= 4096 ? stackalloc byte[m * k] : new byte[m * k];
        for (var c = 0; c < m; c++)
        {
            var row = sorted.Slice(c * k, k);
            var members = committees[c];
            for (var i = 0; i < k; i++)
            {
                var value = ranks[members[i]];
                var at = i;
                while (at > 0 && row[at - 1] > value)
                {
                    row[at] = row[at - 1];
                    at--;
                }

                row[at] = value;
            }
        }

        var pair = 0;
        if (k <= 8)
        {
            Span<ulong> keys = m <= 512 ? stackalloc ulong[m] : new ulong[m];
            for (var c = 0; c < m; c++)
            {
                ulong key = 0;
                for (var i = 0; i < k; i++)
                {
                    key |= (ulong)sorted[(c * k) + i] << (56 - (8 * i));
                }

                keys[c] = key;
            }

            for (var p = 0; p < m; p++)
            {
                for (var q = p + 1; q < m; q++, pair++)
                {
                    var difference = keys[p] ^ keys[q];
                    if (difference != 0)
                    {
                        var t = BitOperations.LeadingZeroCount(difference) / 8;
                        histogram[(((pair * 2) + (keys[p] < keys[q] ? 0 : 1)) * k) + t] += weight;
                    }
                }
            }

            return;
        }

        for (var p = 0; p < m; p++)
        {
            var a = sorted.Slice(p * k, k);
            for (var q = p + 1; q < m; q++, pair++)
            {
                var b = sorted.Slice(q * k, k);
                var t = a.CommonPrefixLength(b);
                if (t < k)
                {
                    histogram[(((pair * 2) + (a[t] < b[t] ? 0 : 1)) * k) + t] += weight;
                }
            }
        }
    }

    /// <summary>The old CIVS beatpath over the explored committees: winning votes, cleaned matrix, widest paths.</summary>
    private List<ulong> Unbeaten()
    {
        var m = _explored.Count;
        var k = _seats;
        var committees = _explored.Select(c => Members(c).ToArray()).ToArray();
        var counts = Accumulate(m * (m - 1) / 2 * 2 * k, (ranks, weight, histogram) => CountPairs(ranks, weight, committees, histogram));
        var p = new long[m, m];
        var pair = 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++, pair++)
            {
                var ij = Strength(counts.AsSpan(pair * 2 * k, k));
                var ji = Strength(counts.AsSpan(((pair * 2) + 1) * k, k));
                p[i, j] = ij > ji ? ij : 0;
                p[j, i] = ji > ij ? ji : 0;
            }
        }

        for (var via = 0; via < m; via++)
        {
            for (var i = 0; i < m; i++)
            {
                if (i == via || p[i, via] == 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    if (j != i && j != via)
                    {
                        var through = Math.Min(p[i, via], p[via, j]);
                        if (through > p[i, j])
                        {
                            p[i, j] = through;
                        }
                    }
                }
            }
        }

        var unbeaten = new List<ulong>();
        for (var i = 0; i < m; i++)
        {
            var beaten = false;
            for (var j = 0; j < m && !beaten; j++)
            {
                beaten = j != i && p[j, i] > p[i, j];
            }

            if (!beaten)
            {
                unbeaten.Add(_explored[i]);
            }
        }

        return unbeaten;
    }
}
