using System.Numerics;

namespace Elections.Core.Candidacy;

/// <summary>
/// "At least <c>min_independent</c> mutually independent people among the nominee and the endorsers"
/// (nixos-anchor §3.3, appendix A3): the maximum independent set of the conflict graph, where two people
/// are in conflict when they share a <see cref="ConflictGroup"/>. People in no conflict always belong to
/// the set; the others are searched exactly by branch and bound over bit masks.
/// </summary>
public static class Independence
{
    /// <summary>The most people in conflict with someone that are searched exactly (one bit each in a 64-bit mask).</summary>
    public const int ExactLimit = 64;

    /// <summary>The largest set of mutually independent people among <paramref name="people"/> (duplicates count once).</summary>
    public static IndependenceResult Maximum(IReadOnlyList<long> people, IReadOnlyList<ConflictGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(groups);
        var distinct = people.Distinct().ToList();
        var index = distinct.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var neighbours = distinct.Select(_ => new HashSet<int>()).ToList();
        foreach (var group in groups)
        {
            var inGroup = group.MemberIds.Where(index.ContainsKey).Select(id => index[id]).Distinct().ToList();
            foreach (var a in inGroup)
            {
                neighbours[a].UnionWith(inGroup.Where(b => b != a));
            }
        }

        var free = Enumerable.Range(0, distinct.Count).Where(i => neighbours[i].Count == 0).ToList();
        var conflicted = Enumerable.Range(0, distinct.Count).Where(i => neighbours[i].Count > 0).ToList();
        var (chosen, exact) = conflicted.Count <= ExactLimit
            ? (Exact(conflicted, neighbours), true)
            : (Greedy(conflicted, neighbours), false);
        var members = free.Concat(chosen).Order().Select(i => distinct[i]).ToList();
        return new IndependenceResult(members.Count, members, exact);
    }

    private static List<int> Exact(List<int> vertices, List<HashSet<int>> neighbours)
    {
        var masks = vertices
            .Select(v => vertices.Select((w, bit) => (w, bit)).Where(p => neighbours[v].Contains(p.w)).Aggregate(0UL, (m, p) => m | (1UL << p.bit)))
            .ToArray();
        var all = vertices.Count == 64 ? ulong.MaxValue : (1UL << vertices.Count) - 1;
        var search = new Search(masks);
        search.Run(all, 0UL);
        return Enumerable.Range(0, vertices.Count).Where(bit => (search.Best & (1UL << bit)) != 0).Select(bit => vertices[bit]).ToList();
    }

    private static List<int> Greedy(List<int> vertices, List<HashSet<int>> neighbours)
    {
        var left = new HashSet<int>(vertices);
        var chosen = new List<int>();
        while (left.Count > 0)
        {
            var pick = left.OrderBy(v => neighbours[v].Count(left.Contains)).ThenBy(v => v).First();
            chosen.Add(pick);
            left.Remove(pick);
            left.ExceptWith(neighbours[pick]);
        }

        return chosen;
    }

    /// <summary>Branch and bound: include or exclude the lowest vertex; prune when even taking every remaining vertex cannot beat the best.</summary>
    private sealed class Search(ulong[] neighbours)
    {
        public ulong Best { get; private set; }

        private int _bestSize = -1;

        public void Run(ulong candidates, ulong chosen)
        {
            var size = BitOperations.PopCount(chosen);
            if (size + BitOperations.PopCount(candidates) <= _bestSize)
            {
                return;
            }

            if (candidates == 0)
            {
                Best = chosen;
                _bestSize = size;
                return;
            }

            var v = BitOperations.TrailingZeroCount(candidates);
            var bit = 1UL << v;
            var within = neighbours[v] & candidates;
            Run(candidates & ~bit & ~within, chosen | bit);
            if (BitOperations.PopCount(within) > 1)
            {
                // With at most one neighbour left, taking v is never worse, so only branch when it has more.
                Run(candidates & ~bit, chosen);
            }
        }
    }
}
