using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;

namespace Elections.Core.Tests.Tally.Condorcet;

/// <summary>
/// The committee search counts on merged rankings with one pass per step; these tests hold it to
/// the rule as CIVS states it, computed the plain way (every ballot, sorted member ranks per
/// comparison), on seeded random elections with duplicates, ties, partial rankings and weights,
/// for seat counts on both sides of the packed-key limit (8).
/// </summary>
public sealed class CommitteeSearchTests
{
    [Theory]
    [InlineData(1, 6, 2)]
    [InlineData(2, 7, 3)]
    [InlineData(3, 9, 4)]
    [InlineData(4, 12, 9)]
    [InlineData(5, 14, 10)]
    [InlineData(6, 8, 7)]
    public void Run_SameCommitteesAsThePlainRule(int seed, int candidates, int seats)
    {
        var (names, ballots) = TestBallots.Random(seed, candidates, 300, condorcetWinner: seed % 2 == 0, maxWeight: 4);
        var box = TestBallots.Of(names, ballots.Concat(ballots.Take(50)));
        var continuing = Enumerable.Range(0, candidates).ToArray();
        var order = Enumerable.Range(0, candidates).Reverse().ToArray();

        var search = new CommitteeSearch(box, continuing, seats);
        var unbeaten = search.Run(order);
        var plain = new PlainSearch(box, continuing, seats);
        var expected = plain.Run(order);

        Assert.Equal(plain.Explored, search.Explored);
        Assert.Equal(expected, unbeaten);
        Assert.True(search.DistinctCount < box.Count);
    }

    [Fact]
    public void Run_WeightedBoxAndExpandedBox_SameCommittees()
    {
        var (names, ballots) = TestBallots.Random(11, 8, 120, condorcetWinner: false, maxWeight: 5);
        var weighted = TestBallots.Of(names, ballots);
        var expanded = TestBallots.Of(names, ballots.SelectMany(b => Enumerable.Repeat((b.Item1, 1L), (int)b.Item2)));
        var continuing = Enumerable.Range(0, 8).ToArray();

        var a = new CommitteeSearch(weighted, continuing, 3);
        var b = new CommitteeSearch(expanded, continuing, 3);

        Assert.Equal(a.Run(continuing), b.Run(continuing));
        Assert.Equal(a.Explored, b.Explored);
    }

    [Fact]
    public void Run_MostlyDistinctLargeBox_ReadFromTheBoxSameAsMerged()
    {
        var (names, ballots) = TestBallots.Random(21, 10, DistinctRankings.Sample + 5_000, condorcetWinner: true, maxWeight: 1);
        var lines = TestBallots.Of(names, ballots);
        var grouped = TestBallots.Of(names, ballots.GroupBy(b => b.Item1).Select(g => (g.Key, g.LongCount())));
        var continuing = Enumerable.Range(0, 10).ToArray();

        var unmerged = new CommitteeSearch(lines, continuing, 4);
        var merged = new CommitteeSearch(grouped, continuing, 4);

        Assert.Equal(merged.Run(continuing), unmerged.Run(continuing));
        Assert.Equal(merged.Explored, unmerged.Explored);
        Assert.Equal(0, unmerged.DistinctCount);
        Assert.InRange(merged.DistinctCount, 1, grouped.Count);
    }

    /// <summary>The search as CIVS codes it, every ballot and every comparison on its own.</summary>
    private sealed class PlainSearch
    {
        private readonly List<int[]> _ranks = [];
        private readonly List<long> _weights = [];
        private readonly int _seats;
        private readonly long _voters;
        private readonly long _fraction = 1;
        private readonly IReadOnlyList<int> _candidates;
        private readonly HashSet<ulong> _seen = [];
        private int _visits;

        public PlainSearch(BallotBox box, IReadOnlyList<int> candidates, int seats)
        {
            _candidates = candidates;
            _seats = seats;
            for (var b = 0; b < box.Count; b++)
            {
                var ranks = Enumerable.Repeat(candidates.Count, box.Candidates.Count).ToArray();
                var rank = 0;
                foreach (var entry in box.EntriesOf(b))
                {
                    if (!RankEntry.IsTiedWithPrevious(entry) || rank == 0)
                    {
                        rank++;
                    }

                    ranks[RankEntry.Candidate(entry)] = rank;
                }

                _ranks.Add(ranks);
                _weights.Add(box.WeightOf(b));
                _voters += box.WeightOf(b);
            }

            while (_fraction < _voters)
            {
                _fraction *= 10;
            }
        }

        public List<ulong> Explored { get; } = [];

        public List<ulong> Run(IReadOnlyList<int> order)
        {
            var committee = Mask(order.Take(_seats));
            while (_visits < CommitteeSearch.MaxVisits)
            {
                _visits++;
                Add(committee);
                var next = Better(committee);
                if (next == committee)
                {
                    break;
                }

                committee = next;
            }

            var top = order.Take(_seats + 1).ToList();
            if (top.Count == _seats + 1)
            {
                foreach (var left in top)
                {
                    Add(Mask(top.Where(c => c != left)));
                }
            }

            var m = Explored.Count;
            var p = new long[m, m];
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    if (i != j)
                    {
                        var ij = Strength(Explored[i], Explored[j]);
                        p[i, j] = ij > Strength(Explored[j], Explored[i]) ? ij : 0;
                    }
                }
            }

            for (var k = 0; k < m; k++)
            {
                for (var i = 0; i < m; i++)
                {
                    for (var j = 0; j < m; j++)
                    {
                        if (i != j && i != k && j != k && p[i, k] > 0)
                        {
                            p[i, j] = Math.Max(p[i, j], Math.Min(p[i, k], p[k, j]));
                        }
                    }
                }
            }

            return Enumerable.Range(0, m).Where(i => !Enumerable.Range(0, m).Any(j => j != i && p[j, i] > p[i, j])).Select(i => Explored[i]).ToList();
        }

        private static ulong Mask(IEnumerable<int> members) => members.Aggregate(0UL, (mask, c) => mask | (1UL << c));

        private void Add(ulong committee)
        {
            if (_seen.Add(committee))
            {
                Explored.Add(committee);
            }
        }

        private ulong Better(ulong committee)
        {
            foreach (var member in CommitteeSearch.Members(committee))
            {
                foreach (var replacement in _candidates.Where(c => (committee & (1UL << c)) == 0))
                {
                    var swapped = (committee & ~(1UL << member)) | (1UL << replacement);
                    if (!_seen.Contains(swapped) && Strength(swapped, committee) > Strength(committee, swapped))
                    {
                        return swapped;
                    }
                }
            }

            return committee;
        }

        private long Strength(ulong a, ulong b)
        {
            var first = new long[_seats];
            for (var v = 0; v < _ranks.Count; v++)
            {
                var ra = CommitteeSearch.Members(a).Select(c => _ranks[v][c]).Order().ToArray();
                var rb = CommitteeSearch.Members(b).Select(c => _ranks[v][c]).Order().ToArray();
                var t = Enumerable.Range(0, _seats).FirstOrDefault(i => ra[i] != rb[i], -1);
                if (t >= 0 && ra[t] < rb[t])
                {
                    first[t] += _weights[v];
                }
            }

            long best = 0, cumulative = 0;
            for (var f = 1; f <= _seats; f++)
            {
                cumulative += first[f - 1];
                if (cumulative * (_seats + 1) >= f * _voters && cumulative > best)
                {
                    best = cumulative;
                }
            }

            return (best * _fraction) + cumulative;
        }
    }
}
