using System.Runtime.CompilerServices;
using Elections.Core.Ballots;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The pairwise preference counts d[X,Y] = total weight of ballots that rank X strictly above Y
/// (Schulze 2011 §2; tally.md §1.1). A candidate a ballot leaves unranked is either tied below
/// every ranked candidate (<see cref="UnrankedPolicy.Last"/>: OpaVote, Debian) or compared with
/// nobody on that ballot (<see cref="UnrankedPolicy.Incomparable"/>: CIVS and Elekto "No opinion").
/// Candidates sharing a rank are preferred to neither. Comparisons between two candidates do not
/// depend on any third one, so the matrix covers every candidate and withdrawals are applied by
/// the methods that read it.
/// </summary>
/// <remarks>
/// Identical rankings are merged first when they repeat (<see cref="RankingGroups"/>), so the cost
/// follows distinct rankings. Built in one pass over them, in parallel chunks with per-chunk counters that are added
/// at the end. Per ballot only the pairs of ranked candidates are touched; the "ranked above an
/// unranked one" counts come from per-candidate totals: for X ranked and Y unranked,
/// d[X,Y] gains R[X] − S[Y,X] − T[X,Y] where R counts ballots ranking X, S strict pairs and T
/// equal-rank pairs. Every count is at most the total ballot weight, so no sum can overflow.
/// </remarks>
public sealed class PairwiseMatrix
{
    private const int ChunkSize = 16_384;
    private readonly long[] _counts;

    private PairwiseMatrix(int size, long[] counts)
    {
        Size = size;
        _counts = counts;
    }

    /// <summary>Number of candidates (rows and columns).</summary>
    public int Size { get; }

    /// <summary>d[<paramref name="winner"/>, <paramref name="loser"/>]: weight of ballots ranking the first above the second.</summary>
    public long this[int winner, int loser] => _counts[(winner * Size) + loser];

    /// <summary>Creates a matrix from explicit counts (row = preferred candidate); for tests and other methods.</summary>
    public static PairwiseMatrix FromCounts(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var size = counts.GetLength(0);
        var flat = new long[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                flat[(i * size) + j] = counts[i, j];
            }
        }

        return new PairwiseMatrix(size, flat);
    }

    /// <summary>Counts every pairwise preference in <paramref name="box"/>.</summary>
    /// <param name="box">The ballots.</param>
    /// <param name="unranked">How unranked candidates compare; <see cref="UnrankedPolicy.Default"/> means last.</param>
    public static PairwiseMatrix Build(BallotBox box, UnrankedPolicy unranked)
    {
        ArgumentNullException.ThrowIfNull(box);
        var size = box.Candidates.Count;
        var groups = RankingGroups.Of(box);
        var chunks = (groups.Count + ChunkSize - 1) / ChunkSize;
        var strict = new long[size * size];
        var ties = new long[size * size];
        var ranked = new long[size];
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            () => new Accumulator(size),
            (chunk, _, accumulator) =>
            {
                var end = Math.Min(groups.Count, (chunk + 1) * ChunkSize);
                for (var b = chunk * ChunkSize; b < end; b++)
                {
                    accumulator.Add(groups.EntriesOf(b), groups.WeightOf(b));
                }

                return accumulator;
            },
            accumulator =>
            {
                lock (gate)
                {
                    accumulator.AddTo(strict, ties, ranked);
                }
            });

        if (unranked == UnrankedPolicy.Incomparable)
        {
            return new PairwiseMatrix(size, strict);
        }

        var counts = new long[size * size];
        for (var x = 0; x < size; x++)
        {
            for (var y = 0; y < size; y++)
            {
                if (x != y)
                {
                    // Ballots ranking X: X above Y, Y above X, X equal to Y, or Y unranked.
                    counts[(x * size) + y] = ranked[x] - strict[(y * size) + x] - ties[(x * size) + y];
                }
            }
        }

        return new PairwiseMatrix(size, counts);
    }

    /// <summary>Per-chunk counters.</summary>
    private sealed class Accumulator(int size)
    {
        private readonly long[] _strict = new long[size * size];
        private readonly long[] _ties = new long[size * size];
        private readonly long[] _ranked = new long[size];
        private readonly int[] _candidates = new int[size];
        private readonly int[] _groupEnd = new int[size];
        private readonly int _size = size;

        // Hot loop: fully optimised from the first call (no tier-0 pass over a million ballots).
        // Unchecked is safe: every counter is at most the box's total weight, itself a checked sum.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<ushort> entries, long weight)
        {
            var length = entries.Length;
            if (length == 0)
            {
                return;
            }

            var candidates = _candidates.AsSpan(0, length);
            var groupEnds = _groupEnd.AsSpan(0, length);
            var groupEnd = length;
            for (var p = length - 1; p >= 0; p--)
            {
                var entry = entries[p];
                candidates[p] = entry & 0x7FFF;
                groupEnds[p] = groupEnd;
                if ((entry & RankEntry.TiedWithPrevious) == 0)
                {
                    groupEnd = p;
                }
            }

            var strict = _strict.AsSpan();
            var size = _size;
            unchecked
            {
                for (var p = 0; p < length; p++)
                {
                    var a = candidates[p];
                    _ranked[a] += weight;
                    var row = strict.Slice(a * size, size);
                    var next = groupEnds[p];
                    foreach (var b in candidates[next..])
                    {
                        row[b] += weight;
                    }

                    for (var q = p + 1; q < next; q++)
                    {
                        var b = candidates[q];
                        _ties[(a * size) + b] += weight;
                        _ties[(b * size) + a] += weight;
                    }
                }
            }
        }

        public void AddTo(long[] strict, long[] ties, long[] ranked)
        {
            for (var i = 0; i < strict.Length; i++)
            {
                strict[i] += _strict[i];
                ties[i] += _ties[i];
            }

            for (var i = 0; i < ranked.Length; i++)
            {
                ranked[i] += _ranked[i];
            }
        }
    }
}
