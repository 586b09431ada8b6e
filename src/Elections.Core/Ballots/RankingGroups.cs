namespace Elections.Core.Ballots;

/// <summary>
/// Identical ballot lines of a box merged (issue 9: a Condorcet count's cost follows the distinct
/// rankings, not the ballots): for each distinct ranking, one line that holds it and the total
/// weight of the lines that do. When the first <see cref="Sample"/> lines are mostly distinct, a
/// merge would only copy the box, so every line stands for itself (<see cref="Merged"/> false) and
/// nothing is allocated beyond the sample's check.
/// </summary>
public sealed class RankingGroups
{
    /// <summary>Ballot lines looked at to decide whether merging pays.</summary>
    public const int Sample = 65_536;

    private readonly int[]? _lines;
    private readonly long[]? _weights;
    private readonly BallotBox _box;

    private RankingGroups(BallotBox box, int[]? lines, long[]? weights)
    {
        _box = box;
        _lines = lines;
        _weights = weights;
    }

    /// <summary>True when identical rankings were merged.</summary>
    public bool Merged => _lines is not null;

    /// <summary>The number of groups: distinct rankings when merged, else the box's lines.</summary>
    public int Count => _lines?.Length ?? _box.Count;

    /// <summary>The ranking of group <paramref name="group"/>.</summary>
    public ReadOnlySpan<ushort> EntriesOf(int group) => _box.EntriesOf(_lines is null ? group : _lines[group]);

    /// <summary>The total weight of group <paramref name="group"/>.</summary>
    public long WeightOf(int group) => _weights is null ? _box.WeightOf(group) : _weights[group];

    /// <summary>Groups the lines of <paramref name="box"/>, merging identical rankings when they repeat.</summary>
    public static RankingGroups Of(BallotBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (box.Count > Sample && MostlyDistinct(box))
        {
            return new RankingGroups(box, null, null);
        }

        var firsts = new Dictionary<ulong, List<int>>();
        var lines = new List<int>();
        var weights = new List<long>();
        for (var b = 0; b < box.Count; b++)
        {
            var entries = box.EntriesOf(b);
            var hash = Hash(entries);

            if (!firsts.TryGetValue(hash, out var candidates))
            {
                candidates = [];
                firsts[hash] = candidates;
            }

            var found = -1;
            foreach (var group in candidates)
            {
                if (box.EntriesOf(lines[group]).SequenceEqual(entries))
                {
                    found = group;
                    break;
                }
            }

            if (found >= 0)
            {
                weights[found] = checked(weights[found] + box.WeightOf(b));
                continue;
            }

            candidates.Add(lines.Count);
            lines.Add(b);
            weights.Add(box.WeightOf(b));
        }

        return new RankingGroups(box, lines.ToArray(), weights.ToArray());
    }

    /// <summary>Whether more than half of the first <see cref="Sample"/> lines differ (by hash; a collision only makes merging likelier).</summary>
    private static bool MostlyDistinct(BallotBox box)
    {
        var seen = new HashSet<ulong>(Sample);
        for (var b = 0; b < Sample; b++)
        {
            seen.Add(Hash(box.EntriesOf(b)));
        }

        return seen.Count * 2 > Sample;
    }

    private static ulong Hash(ReadOnlySpan<ushort> entries)
    {
        var hash = 14695981039346656037UL;
        foreach (var entry in entries)
        {
            hash = unchecked((hash ^ entry) * 1099511628211UL);
        }

        return hash;
    }
}
