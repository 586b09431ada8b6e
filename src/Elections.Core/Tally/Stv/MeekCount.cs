using System.Numerics;

namespace Elections.Core.Tally.Stv;

/// <summary>One Meek count in progress (see <see cref="MeekStvMethod"/>).</summary>
internal sealed class MeekCount
{
    /// <summary>Largest unit whose square fits in a long (OpaVote's 10^6 and the 10^9 of NZ rules both do).</summary>
    private const long MaxLongUnit = 3_000_000_000;

    /// <summary>Ballot lines per parallel chunk of a recount; smaller counts run on one thread.</summary>
    private const int ParallelChunk = 1 << 15;

    private readonly MeekRules _rules;
    private readonly StvSetup _setup;
    private readonly QuotaKind _quotaKind;
    private readonly long _unit;
    private readonly int _n;
    private readonly long[] _keep;
    private readonly CandidateState[] _state;
    private readonly long[] _votes;
    private readonly long[] _sums;
    private readonly Int128[] _wideSums;
    private readonly List<int> _winners = [];
    private readonly StvRoundLog _log;
    private readonly StvTieBreaker _ties;
    private readonly bool[] _shown;
    private long _quota;
    private long _exhausted;

    public MeekCount(MeekRules rules, StvSetup setup, QuotaKind quotaKind)
    {
        _rules = rules;
        _setup = setup;
        _quotaKind = quotaKind;
        _unit = FixedPoint.UnitsPerWhole(rules.Decimals);
        _n = setup.CandidateCount;
        _keep = new long[_n];
        _state = new CandidateState[_n];
        _votes = new long[_n];
        _sums = new long[_n];
        _wideSums = new Int128[_n];
        _shown = Enumerable.Repeat(true, _n).ToArray();
        for (var c = 0; c < _n; c++)
        {
            _state[c] = setup.Withdrawn[c] ? CandidateState.Withdrawn : CandidateState.Hopeful;
            _keep[c] = setup.Withdrawn[c] ? 0 : _unit;
        }

        _log = new StvRoundLog(setup.Names, rules.Decimals);
        _ties = new StvTieBreaker(setup.Names, rules.TieBreak);
    }

    private int Hopefuls => _state.Count(s => s == CandidateState.Hopeful);

    private bool Done => _winners.Count >= _setup.Seats || Hopefuls == 0;

    public TallyResult Run()
    {
        Recount();
        var elected = ElectReached();
        Log(elected, [], "Count of first preferences.");
        long? lastSurplus = null;
        while (!Done)
        {
            var surplus = TotalSurplus();
            var losers = _rules.Iteration == MeekIteration.OneUpdatePerRound ? SureLosers(surplus) : [];
            if (losers.Count > 0)
            {
                Exclude(losers, "cannot reach the next candidate even with every surplus (sure losers)");
                lastSurplus = null;
                continue;
            }

            if (surplus >= _rules.SurplusLimitUnits && (lastSurplus is null || surplus < lastSurplus))
            {
                lastSurplus = Transfer(surplus);
                continue;
            }

            var lowest = LowestHopeful();
            Exclude([lowest], "fewest votes");
            lastSurplus = null;
        }

        return Result();
    }

    private long Transfer(long surplus)
    {
        var iterations = 0;
        var elected = new List<int>();
        var current = surplus;
        while (true)
        {
            UpdateKeepFactors();
            iterations++;
            Recount();
            elected.AddRange(ElectReached());
            if (_rules.Iteration == MeekIteration.OneUpdatePerRound || elected.Count > 0 || Done)
            {
                break;
            }

            var next = TotalSurplus();
            if (next < _rules.SurplusLimitUnits || next >= current)
            {
                break;
            }

            current = next;
        }

        var factors = string.Join(
            ", ",
            Enumerable.Range(0, _n).Where(c => _state[c] == CandidateState.Elected && _keep[c] < _unit)
                .Select(c => $"{_setup.Names[c]} {FixedPoint.Format(_keep[c], _rules.Decimals)}"));
        var note = $"Surplus transferred ({iterations} keep-factor update{(iterations == 1 ? "" : "s")}); keep factors: {factors}.";
        Log(elected, [], note);
        return current;
    }

    private void Exclude(IReadOnlyList<int> losers, string why)
    {
        foreach (var c in losers)
        {
            _state[c] = CandidateState.Excluded;
            _keep[c] = 0;
        }

        Recount();
        var elected = ElectReached();
        Log(elected, losers, $"Excluded {_log.Names(losers)}: {why}.");
    }

    private void Log(List<int> elected, IReadOnlyList<int> excluded, string note)
    {
        if (!Done && _winners.Count + Hopefuls <= _setup.Seats)
        {
            var rest = Enumerable.Range(0, _n).Where(c => _state[c] == CandidateState.Hopeful)
                .OrderByDescending(c => _votes[c]).ThenBy(c => c).ToList();
            foreach (var c in rest)
            {
                _state[c] = CandidateState.Elected;
                _winners.Add(c);
            }

            elected.AddRange(rest);
            note += $" {_log.Names(rest)} elected to fill the remaining seats.";
        }
        else if (elected.Count > 0)
        {
            note += $" {_log.Names(elected)} reached the quota.";
        }

        _log.Add(_votes, _shown, _quota, _exhausted, elected, excluded, note);
    }

    private void Recount()
    {
        var valid = checked(_setup.Ballots.Valid * _unit);

        // Every partial sum is at most the valid weight times the unit (a long, checked above), and
        // every product of two fractions at most unit squared: within a long for units up to
        // MaxLongUnit (OpaVote's 10^6, NZ's 10^9), so the loop needs 128 bits only beyond that.
        if (_unit <= MaxLongUnit)
        {
            Sum(_sums);
            for (var c = 0; c < _n; c++)
            {
                _votes[c] = VotesOf(_sums[c], c);
            }
        }
        else
        {
            Sum(_wideSums);
            for (var c = 0; c < _n; c++)
            {
                _votes[c] = VotesOf(_wideSums[c], c);
            }
        }

        long total = 0;
        foreach (var v in _votes)
        {
            total += v;
        }

        _exhausted = valid - total;
        var active = valid - _exhausted;
        var seatsPlusOne = _setup.Seats + 1;
        _quota = _quotaKind == QuotaKind.Whole
            ? (active / _unit / seatsPlusOne + 1) * _unit
            : active / seatsPlusOne + 1;
    }

    /// <summary>
    /// A candidate's votes from its sum: the sum itself when shares are rounded up per ballot, else
    /// the value that reached the candidate times its keep factor, truncated.
    /// </summary>
    private long VotesOf<T>(T sum, int candidate)
        where T : IBinaryInteger<T> =>
        _rules.RoundSharesUp ? long.CreateChecked(sum) : (long)(Int128.CreateChecked(sum) * _keep[candidate] / _unit);

    /// <summary>Fills <paramref name="sums"/> with every candidate's share of all ballots (see <see cref="AddShares"/>).</summary>
    private void Sum<T>(T[] sums)
        where T : IBinaryInteger<T>
    {
        Array.Clear(sums);
        var count = _setup.Ballots.Count;
        if (count < 2 * ParallelChunk)
        {
            AddShares(0, count, sums);
            return;
        }

        // Integer sums are exact in any order, so chunks may run in parallel.
        var gate = new object();
        Parallel.For(
            0,
            (count + ParallelChunk - 1) / ParallelChunk,
            () => new T[_n],
            (chunk, _, local) =>
            {
                AddShares(chunk * ParallelChunk, Math.Min(count, (chunk + 1) * ParallelChunk), local);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var c = 0; c < local.Length; c++)
                    {
                        sums[c] += local[c];
                    }
                }
            });
    }

    /// <summary>
    /// Adds the shares of ballots <paramref name="from"/> to <paramref name="to"/> (exclusive) to
    /// <paramref name="sums"/>: with shares rounded up, the votes each candidate keeps; else the
    /// value reaching each candidate (the value passed on is truncated per ballot).
    /// </summary>
    private void AddShares<T>(int from, int to, T[] sums)
        where T : IBinaryInteger<T>
    {
        var ballots = _setup.Ballots;
        var unit = T.CreateChecked(_unit);
        var keep = _keep;
        var entries = ballots.Entries;
        var starts = ballots.Starts;
        var weights = ballots.WeightsOrNull;
        var roundUp = _rules.RoundSharesUp;
        for (var b = from; b < to; b++)
        {
            var remaining = unit;
            var weight = weights is null ? T.One : T.CreateChecked(weights[b]);
            for (var i = starts[b]; i < starts[b + 1]; i++)
            {
                int c = entries[i];
                var k = T.CreateChecked(keep[c]);
                if (T.IsZero(k))
                {
                    continue;
                }

                if (roundUp)
                {
                    // Ceiling of remaining * k / unit, both non-negative.
                    var kept = k == unit ? remaining : ((remaining * k) + unit - T.One) / unit;
                    sums[c] += kept * weight;
                    remaining -= kept;
                }
                else
                {
                    sums[c] += remaining * weight;
                    remaining = k == unit ? T.Zero : remaining * (unit - k) / unit;
                }

                if (T.IsZero(remaining))
                {
                    break;
                }
            }
        }
    }

    private List<int> ElectReached()
    {
        var reached = Enumerable.Range(0, _n)
            .Where(c => _state[c] == CandidateState.Hopeful && _votes[c] >= _quota)
            .OrderByDescending(c => _votes[c]).ThenBy(c => c).ToList();
        var elected = new List<int>();
        foreach (var c in reached)
        {
            if (_winners.Count >= _setup.Seats)
            {
                break;
            }

            _state[c] = CandidateState.Elected;
            _winners.Add(c);
            elected.Add(c);
        }

        return elected;
    }

    private long TotalSurplus()
    {
        long surplus = 0;
        for (var c = 0; c < _n; c++)
        {
            if (_state[c] == CandidateState.Elected && _votes[c] > _quota)
            {
                surplus += _votes[c] - _quota;
            }
        }

        return surplus;
    }

    private void UpdateKeepFactors()
    {
        for (var c = 0; c < _n; c++)
        {
            if (_state[c] == CandidateState.Elected && _votes[c] > 0)
            {
                _keep[c] = Math.Min(_unit, FixedPoint.Divide((Int128)_keep[c] * _quota, _votes[c], FixedPointRounding.Ceiling));
            }
        }
    }

    private List<int> SureLosers(long surplus)
    {
        var hopeful = Enumerable.Range(0, _n).Where(c => _state[c] == CandidateState.Hopeful)
            .OrderBy(c => _votes[c]).ToList();
        var found = 0;
        long sum = surplus;
        for (var k = 1; k < hopeful.Count; k++)
        {
            sum += _votes[hopeful[k - 1]];
            if (sum < _votes[hopeful[k]] && hopeful.Count - k + _winners.Count >= _setup.Seats)
            {
                found = k;
            }
        }

        return hopeful.Take(found).ToList();
    }

    private int LowestHopeful()
    {
        var hopeful = Enumerable.Range(0, _n).Where(c => _state[c] == CandidateState.Hopeful).ToList();
        var min = hopeful.Min(c => _votes[c]);
        var tied = hopeful.Where(c => _votes[c] == min).ToList();
        return _ties.Pick(tied, _log.History, lowest: true, _log.Next, "exclusion");
    }

    private TallyResult Result() => StvResults.Build(_rules.Name, _setup, _winners, _state, _log, _ties);
}
