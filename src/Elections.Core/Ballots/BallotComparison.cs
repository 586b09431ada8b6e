using System.Text;

namespace Elections.Core.Ballots;

/// <summary>How <see cref="BallotComparison"/> reads the candidates a ballot leaves unranked.</summary>
public enum UnrankedMatching
{
    /// <summary>Ballots match only when they rank the same candidates in the same order with the same ties.</summary>
    Exact,

    /// <summary>
    /// Unranked candidates are tied last (BLT, Debian), so a ballot ranking every candidate matches
    /// the same ballot without its last rank. Needed against the CIVS proportional encoding, which
    /// cannot tell the N-th ranked candidate from an unranked one.
    /// </summary>
    Last,

    /// <summary>
    /// Unranked candidates are compared with nobody (CIVS "No opinion"): a ballot that leaves some
    /// candidates unranked matches only a ballot read the same way; a complete ballot still matches
    /// the same ballot without its last rank read as <see cref="Last"/>, since both say the same
    /// about every pair.
    /// </summary>
    Incomparable,
}

/// <summary>One ballot that occurs a different number of times in the two files.</summary>
/// <param name="Ranking">The ballot, best first: <c>a &gt; b = c</c>; empty ballots are <c>(empty)</c>.</param>
/// <param name="CountInFirst">Ballots (weights) in the first file.</param>
/// <param name="CountInSecond">Ballots (weights) in the second file.</param>
public sealed record BallotDifference(string Ranking, long CountInFirst, long CountInSecond);

/// <summary>
/// Whether two ballot files hold the same multiset of ballots once candidates are matched by name
/// (trimmed, case-insensitive), weights expanded, and unranked candidates treated as
/// <see cref="UnrankedMatching"/> says: the NixOS <c>verifyBallotMatch</c> check (nixos-anchor.md
/// §2.8, §5.3) done without its blind spots (it compared text after a conversion, so weights,
/// reordered candidates and unranked candidates were not handled).
/// </summary>
public sealed record BallotComparison
{
    /// <summary>Ends the key of a ballot whose unranked candidates are incomparable.</summary>
    private const char IncomparableRest = '\uFFFE';

    /// <summary>The most examples kept in <see cref="Examples"/>.</summary>
    public const int MaxExamples = 5;

    /// <summary>True when names, withdrawn candidates and ballots all match.</summary>
    public bool Equal => OnlyInFirst.Count == 0 && OnlyInSecond.Count == 0 && !WithdrawnDiffer && MissingFromSecond == 0 && MissingFromFirst == 0;

    /// <summary>Candidate names in the first file with no match in the second.</summary>
    public required IReadOnlyList<string> OnlyInFirst { get; init; }

    /// <summary>Candidate names in the second file with no match in the first.</summary>
    public required IReadOnlyList<string> OnlyInSecond { get; init; }

    /// <summary>Whether the two files withdraw different candidates.</summary>
    public required bool WithdrawnDiffer { get; init; }

    /// <summary>Ballots (weights) of the first file with no counterpart in the second.</summary>
    public required long MissingFromSecond { get; init; }

    /// <summary>Ballots (weights) of the second file with no counterpart in the first.</summary>
    public required long MissingFromFirst { get; init; }

    /// <summary>Up to <see cref="MaxExamples"/> differing ballots.</summary>
    public required IReadOnlyList<BallotDifference> Examples { get; init; }

    /// <summary>How the first file's unranked candidates were read.</summary>
    public UnrankedMatching FirstUnranked { get; init; }

    /// <summary>How the second file's unranked candidates were read.</summary>
    public UnrankedMatching SecondUnranked { get; init; }

    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/>, both read as <paramref name="unranked"/> says.</summary>
    public static BallotComparison Compare(BallotBox first, BallotBox second, UnrankedMatching unranked = UnrankedMatching.Exact) =>
        Compare(first, unranked, second, unranked);

    /// <summary>
    /// Compares what the two files mean for a count: each file's unranked candidates read by its own
    /// rule (<paramref name="firstUnranked"/>, <paramref name="secondUnranked"/>), so the same rankings
    /// under different rules differ wherever a ballot leaves some candidates unranked.
    /// </summary>
    public static BallotComparison Compare(BallotBox first, UnrankedMatching firstUnranked, BallotBox second, UnrankedMatching secondUnranked)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var names = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in first.Candidates.Concat(second.Candidates))
        {
            names.TryAdd(Normalize(name), 0);
        }

        var ids = 0;
        foreach (var key in names.Keys.ToList())
        {
            names[key] = ids++;
        }

        var display = names.ToDictionary(p => p.Value, p => p.Key);
        var mapFirst = first.Candidates.Select(n => names[Normalize(n)]).ToArray();
        var mapSecond = second.Candidates.Select(n => names[Normalize(n)]).ToArray();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        Tally(first, mapFirst, firstUnranked, counts, +1);
        Tally(second, mapSecond, secondUnranked, counts, -1);

        long missingFromSecond = 0, missingFromFirst = 0;
        var examples = new List<BallotDifference>();
        foreach (var (key, balance) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (balance == 0)
            {
                continue;
            }

            if (balance > 0)
            {
                missingFromSecond += balance;
            }
            else
            {
                missingFromFirst -= balance;
            }

            if (examples.Count < MaxExamples)
            {
                var inFirst = CountOf(first, mapFirst, firstUnranked, key);
                examples.Add(new BallotDifference(Render(key, display), inFirst, inFirst - balance));
            }
        }

        var firstNames = new HashSet<string>(first.Candidates.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        var secondNames = new HashSet<string>(second.Candidates.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        var withdrawnFirst = new HashSet<string>(first.Withdrawn.Select(w => Normalize(first.Candidates[w])), StringComparer.OrdinalIgnoreCase);
        var withdrawnSecond = second.Withdrawn.Select(w => Normalize(second.Candidates[w])).ToList();
        return new BallotComparison
        {
            OnlyInFirst = first.Candidates.Where(n => !secondNames.Contains(Normalize(n))).ToList(),
            OnlyInSecond = second.Candidates.Where(n => !firstNames.Contains(Normalize(n))).ToList(),
            WithdrawnDiffer = !withdrawnFirst.SetEquals(withdrawnSecond),
            MissingFromSecond = missingFromSecond,
            MissingFromFirst = missingFromFirst,
            Examples = examples,
            FirstUnranked = firstUnranked,
            SecondUnranked = secondUnranked,
        };
    }

    private static string Normalize(string name) => name.Trim();

    private static void Tally(BallotBox box, int[] map, UnrankedMatching unranked, Dictionary<string, long> counts, int sign)
    {
        var key = new StringBuilder(64);
        var group = new List<int>();
        for (var i = 0; i < box.Count; i++)
        {
            var text = KeyOf(box, i, map, unranked, key, group);
            counts[text] = checked(counts.GetValueOrDefault(text) + (sign * box.WeightOf(i)));
        }
    }

    private static long CountOf(BallotBox box, int[] map, UnrankedMatching unranked, string wanted)
    {
        var key = new StringBuilder(64);
        var group = new List<int>();
        long total = 0;
        for (var i = 0; i < box.Count; i++)
        {
            if (KeyOf(box, i, map, unranked, key, group) == wanted)
            {
                total += box.WeightOf(i);
            }
        }

        return total;
    }

    /// <summary>
    /// A canonical text for a ballot: common candidate ids as chars, groups sorted, separated by
    /// U+FFFF; a ballot read as <see cref="UnrankedMatching.Incomparable"/> that leaves candidates
    /// unranked ends in U+FFFE (its unranked candidates compare with nobody).
    /// </summary>
    private static string KeyOf(BallotBox box, int ballot, int[] map, UnrankedMatching unranked, StringBuilder key, List<int> group)
    {
        var entries = box.EntriesOf(ballot);
        var length = entries.Length;
        var complete = length == box.Candidates.Count;
        if (unranked != UnrankedMatching.Exact && complete && length > 0)
        {
            while (length > 1 && RankEntry.IsTiedWithPrevious(entries[length - 1]))
            {
                length--;
            }

            length--;
        }

        key.Clear();
        group.Clear();
        for (var i = 0; i < length; i++)
        {
            if (i > 0 && !RankEntry.IsTiedWithPrevious(entries[i]))
            {
                Flush(key, group);
            }

            group.Add(map[RankEntry.Candidate(entries[i])]);
        }

        Flush(key, group);
        if (unranked == UnrankedMatching.Incomparable && !complete && entries.Length > 0)
        {
            key.Append(IncomparableRest);
        }

        return key.ToString();
    }

    private static void Flush(StringBuilder key, List<int> group)
    {
        if (group.Count == 0)
        {
            return;
        }

        group.Sort();
        if (key.Length > 0)
        {
            key.Append('\uFFFF');
        }

        foreach (var id in group)
        {
            key.Append((char)(id + 1));
        }

        group.Clear();
    }

    private static string Render(string key, Dictionary<int, string> display)
    {
        if (key.Length == 0)
        {
            return "(empty)";
        }

        var text = new StringBuilder();
        var startOfGroup = true;
        foreach (var c in key)
        {
            if (c == IncomparableRest)
            {
                text.Append(" (the others: no opinion)");
                continue;
            }

            if (c == '\uFFFF')
            {
                text.Append(" > ");
                startOfGroup = true;
                continue;
            }

            if (!startOfGroup)
            {
                text.Append(" = ");
            }

            text.Append(display[c - 1]);
            startOfGroup = false;
        }

        return text.ToString();
    }
}
