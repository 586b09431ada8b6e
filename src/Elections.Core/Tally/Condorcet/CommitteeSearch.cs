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
internal sealed class CommitteeSearch
{
    /// <summary>CIVS stops the search after this many visits and warns that the result may be wrong.</summary>
    public const int MaxVisits = 500;

    private readonly int[][] _ranks;
    private readonly long[] _weights;
    private readonly int _seats;
    private readonly long _voters;
    private readonly long _fraction;
    private readonly Dictionary<ulong, int[]> _sorted = [];
    private readonly List<ulong> _explored = [];
    private readonly HashSet<ulong> _seen = [];
    private readonly IReadOnlyList<int> _candidates;

    public CommitteeSearch(BallotBox box, IReadOnlyList<int> candidates, int seats)
    {
        _candidates = candidates;
        _seats = seats;
        var continuing = new bool[box.Candidates.Count];
        foreach (var c in candidates)
        {
            continuing[c] = true;
        }

        // Ranks as CIVS stores them: 1 = favourite, equal ranks shared, unranked = N (tied last).
        _ranks = new int[box.Count][];
        _weights = new long[box.Count];
        for (var b = 0; b < box.Count; b++)
        {
            var ranks = new int[box.Candidates.Count];
            Array.Fill(ranks, candidates.Count);
            var rank = 0;
            foreach (var entry in box.EntriesOf(b))
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

                ranks[c] = rank;
            }

            _ranks[b] = ranks;
            _weights[b] = box.WeightOf(b);
            _voters += box.WeightOf(b);
        }

        _fraction = 1;
        while (_fraction < _voters)
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
        var members = new List<int>();
        for (var c = 0; c < 64; c++)
        {
            if ((committee & (1UL << c)) != 0)
            {
                members.Add(c);
            }
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
        foreach (var member in Members(committee))
        {
            foreach (var replacement in _candidates)
            {
                if ((committee & (1UL << replacement)) != 0)
                {
                    continue;
                }

                var swapped = (committee & ~(1UL << member)) | (1UL << replacement);
                if (!_seen.Contains(swapped) && Strength(swapped, committee) > Strength(committee, swapped))
                {
                    return swapped;
                }
            }
        }

        return committee;
    }

    /// <summary>
    /// The strength of the preference for committee <paramref name="a"/> over <paramref name="b"/>:
    /// the largest proportionally valid f-preference count (v·(k+1) ≥ f·n), times D, plus the
    /// plain k-preference count (the CIVS weak tie-break count/D, D = smallest power of 10 ≥ n).
    /// </summary>
    public long Strength(ulong a, ulong b)
    {
        var sortedA = Sorted(a);
        var sortedB = Sorted(b);
        var k = _seats;
        var firstDifference = new long[k];
        for (var v = 0; v < _ranks.Length; v++)
        {
            var offset = v * k;
            for (var t = 0; t < k; t++)
            {
                var ra = sortedA[offset + t];
                var rb = sortedB[offset + t];
                if (ra != rb)
                {
                    if (ra < rb)
                    {
                        firstDifference[t] += _weights[v];
                    }

                    break;
                }
            }
        }

        long best = 0, cumulative = 0;
        for (var f = 1; f <= k; f++)
        {
            cumulative += firstDifference[f - 1];
            if (cumulative * (k + 1) >= f * _voters && cumulative > best)
            {
                best = cumulative;
            }
        }

        return (best * _fraction) + cumulative;
    }

    /// <summary>Per voter, the ranks of the committee's members, best first (k values per voter).</summary>
    private int[] Sorted(ulong committee)
    {
        if (_sorted.TryGetValue(committee, out var cached))
        {
            return cached;
        }

        var members = Members(committee);
        var k = _seats;
        var sorted = new int[_ranks.Length * k];
        for (var v = 0; v < _ranks.Length; v++)
        {
            var span = sorted.AsSpan(v * k, k);
            for (var i = 0; i < k; i++)
            {
                span[i] = _ranks[v][members[i]];
            }

            span.Sort();
        }

        _sorted[committee] = sorted;
        return sorted;
    }

    /// <summary>The old CIVS beatpath over the explored committees: winning votes, cleaned matrix, widest paths.</summary>
    private List<ulong> Unbeaten()
    {
        var m = _explored.Count;
        var p = new long[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                var ij = Strength(_explored[i], _explored[j]);
                var ji = Strength(_explored[j], _explored[i]);
                p[i, j] = ij > ji ? ij : 0;
                p[j, i] = ji > ij ? ji : 0;
            }
        }

        for (var k = 0; k < m; k++)
        {
            for (var i = 0; i < m; i++)
            {
                if (i == k || p[i, k] == 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    if (j != i && j != k)
                    {
                        var through = Math.Min(p[i, k], p[k, j]);
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
