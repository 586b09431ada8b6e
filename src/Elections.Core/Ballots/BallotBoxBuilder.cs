namespace Elections.Core.Ballots;

/// <summary>
/// Accumulates ballots for a <see cref="BallotBox"/>. Parsers and generators use it; it checks
/// every entry so a built box is always consistent (no unknown candidate, no candidate twice on
/// one ballot, positive weights).
/// </summary>
public sealed class BallotBoxBuilder
{
    private readonly List<string> _candidates = [];
    private readonly HashSet<int> _withdrawn = [];
    private ushort[] _entries;
    private int[] _starts;
    private long[]? _weights;
    private int _entryCount;
    private int _count;
    private bool[] _seen = [];

    /// <summary>Creates a builder sized for about <paramref name="expectedBallots"/> ballots.</summary>
    /// <remarks>
    /// The arrays are allocated without zeroing and filled as ballots arrive, so a generous
    /// estimate costs address space, not memory: pages never written are never made resident.
    /// Weights are stored only once a ballot with a weight other than one arrives.
    /// </remarks>
    public BallotBoxBuilder(int expectedBallots = 16, int expectedEntries = 64)
    {
        _entries = GC.AllocateUninitializedArray<ushort>(Math.Max(expectedEntries, 4));
        _starts = GC.AllocateUninitializedArray<int>(Math.Max(expectedBallots, 4) + 1);
        _starts[0] = 0;
    }

    /// <summary>The election title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The seat count the input declares, if any.</summary>
    public int? DeclaredSeats { get; set; }

    /// <summary>
    /// An explicit tie-breaking order (0-based candidate indices, first = favoured), as BLT
    /// <c>[tie …]</c> gives it; empty when the input has none.
    /// </summary>
    public IReadOnlyList<int> TieOrder { get; set; } = [];

    /// <summary>Number of candidates added so far.</summary>
    public int CandidateCount => _candidates.Count;

    /// <summary>Number of ballot lines added so far.</summary>
    public int BallotCount => _count;

    /// <summary>Adds a candidate and returns its 0-based index.</summary>
    public int AddCandidate(string name)
    {
        if (_candidates.Count >= RankEntry.MaxCandidates)
        {
            throw new InvalidOperationException($"a ballot box holds at most {RankEntry.MaxCandidates} candidates");
        }

        _candidates.Add(name);
        return _candidates.Count - 1;
    }

    /// <summary>The name of candidate <paramref name="candidate"/> (0-based).</summary>
    public string CandidateName(int candidate) => _candidates[candidate];

    /// <summary>Renames candidate <paramref name="candidate"/> (parsers learn BLT names after the ballots).</summary>
    public void RenameCandidate(int candidate, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidate, _candidates.Count);
        _candidates[candidate] = name;
    }

    /// <summary>Adds unnamed candidates until there are <paramref name="count"/>; used while names are not yet known.</summary>
    public void EnsureCandidates(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RankEntry.MaxCandidates);
        while (_candidates.Count < count)
        {
            _candidates.Add("");
        }
    }

    /// <summary>Marks a candidate as withdrawn before the count.</summary>
    public void Withdraw(int candidate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        _withdrawn.Add(candidate);
    }

    /// <summary>
    /// Adds a ballot. Returns null on success, or a sentence saying what is wrong (unknown
    /// candidate, duplicate, non-positive weight) for the parser to turn into a located problem.
    /// </summary>
    public string? TryAdd(long weight, ReadOnlySpan<ushort> entries)
    {
        if (weight <= 0)
        {
            return $"weight {weight} is not positive; a ballot's weight is the number of voters who cast it";
        }

        if (_seen.Length < _candidates.Count)
        {
            _seen = new bool[_candidates.Count];
        }

        string? error = null;
        var checkedUpTo = 0;
        for (; checkedUpTo < entries.Length; checkedUpTo++)
        {
            var candidate = RankEntry.Candidate(entries[checkedUpTo]);
            if (candidate >= _candidates.Count)
            {
                error = $"candidate {candidate + 1} does not exist; there are {_candidates.Count} candidates";
                break;
            }

            if (_seen[candidate])
            {
                error = $"candidate {candidate + 1} ({_candidates[candidate]}) appears twice on one ballot";
                break;
            }

            _seen[candidate] = true;
        }

        for (var i = 0; i < checkedUpTo; i++)
        {
            _seen[RankEntry.Candidate(entries[i])] = false;
        }

        if (error is not null)
        {
            return error;
        }

        Append(weight, entries);
        return null;
    }

    /// <summary>Adds a ballot, throwing <see cref="ArgumentException"/> if it is inconsistent.</summary>
    public void Add(long weight, ReadOnlySpan<ushort> entries)
    {
        var error = TryAdd(weight, entries);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(entries));
        }
    }

    /// <summary>Adds a ballot given as rank groups of 0-based candidate indices, best first.</summary>
    public void Add(long weight, IEnumerable<IEnumerable<int>> ranks)
    {
        var entries = new List<ushort>();
        foreach (var group in ranks)
        {
            var first = true;
            foreach (var candidate in group)
            {
                entries.Add(RankEntry.Of(candidate, !first));
                first = false;
            }
        }

        Add(weight, entries.ToArray());
    }

    /// <summary>
    /// Adds an approval ballot: the approved candidates form one rank of equals, everyone else is
    /// unranked (approval voting as a ranked ballot; docs/ballot-formats.md).
    /// </summary>
    public void AddApproval(long weight, IEnumerable<int> approved) => Add(weight, [approved]);

    /// <summary>Builds the immutable ballot box; the builder must not be used afterwards.</summary>
    public BallotBox Build() => new(
        Title,
        _candidates.ToArray(),
        new HashSet<int>(_withdrawn),
        DeclaredSeats,
        _entries,
        _starts,
        _weights,
        _count)
    {
        TieOrder = TieOrder.ToArray(),
    };

    /// <summary>
    /// Adds a ballot the caller has already checked (known candidates, none twice, positive
    /// weight): the parsers' fast path.
    /// </summary>
    internal void AddChecked(long weight, ReadOnlySpan<ushort> entries) => Append(weight, entries);

    /// <summary>
    /// Room for at least <paramref name="atLeast"/> entries of the next ballot, written in place by
    /// a parser's fast path and then committed with <see cref="CommitChecked"/>.
    /// </summary>
    internal Span<ushort> FreeEntries(int atLeast)
    {
        if (_entryCount + atLeast > _entries.Length)
        {
            _entries = Grown(_entries, Math.Max(checked(_entries.Length * 2), _entryCount + atLeast), _entryCount);
        }

        return _entries.AsSpan(_entryCount);
    }

    /// <summary>Adds the ballot whose <paramref name="count"/> entries were written to <see cref="FreeEntries"/> (already checked).</summary>
    internal void CommitChecked(long weight, int count)
    {
        if (_count + 1 == _starts.Length)
        {
            _starts = Grown(_starts, checked(_starts.Length * 2), _count + 1);
        }

        if (weight != 1 || _weights is not null)
        {
            StoreWeight(weight);
        }

        _entryCount += count;
        _count++;
        _starts[_count] = _entryCount;
    }

    /// <summary>
    /// Appends every ballot of <paramref name="other"/> (already checked, e.g. a segment a parser
    /// filled on another thread) after this builder's ballots, in order, and empties
    /// <paramref name="other"/> for reuse. Candidates, titles and options of <paramref name="other"/> are not copied.
    /// </summary>
    internal void AppendChecked(BallotBoxBuilder other)
    {
        if (other._count == 0)
        {
            return;
        }

        other._entries.AsSpan(0, other._entryCount).CopyTo(FreeEntries(other._entryCount));
        var needed = checked(_count + other._count + 1);
        if (needed > _starts.Length)
        {
            _starts = Grown(_starts, Math.Max(needed, checked(_starts.Length * 2)), _count + 1);
        }

        var shift = _entryCount;
        var source = other._starts.AsSpan(1, other._count);
        var target = _starts.AsSpan(_count + 1, other._count);
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = checked(source[i] + shift);
        }

        if (other._weights is not null || _weights is not null)
        {
            for (var i = 0; i < other._count; i++)
            {
                StoreWeight(other._weights is null ? 1 : other._weights[i]);
                _count++;
            }

            _count -= other._count;
        }

        _entryCount += other._entryCount;
        _count += other._count;
        other.Clear();
    }

    /// <summary>Drops every ballot (candidates and options stay), to reuse the arrays.</summary>
    internal void Clear()
    {
        _entryCount = 0;
        _count = 0;
        _weights = null;
    }

    private void Append(long weight, ReadOnlySpan<ushort> entries)
    {
        entries.CopyTo(FreeEntries(entries.Length));
        CommitChecked(weight, entries.Length);
    }

    /// <summary>Stores the weight of ballot <c>_count</c>, creating the weights (all one so far) on the first other weight.</summary>
    private void StoreWeight(long weight)
    {
        if (_weights is null)
        {
            _weights = GC.AllocateUninitializedArray<long>(_starts.Length - 1);
            _weights.AsSpan(0, _count).Fill(1);
        }
        else if (_count == _weights.Length)
        {
            _weights = Grown(_weights, _starts.Length - 1, _count);
        }

        _weights[_count] = weight;
    }

    private static T[] Grown<T>(T[] array, int capacity, int used)
    {
        var grown = GC.AllocateUninitializedArray<T>(capacity);
        array.AsSpan(0, used).CopyTo(grown);
        return grown;
    }
}
