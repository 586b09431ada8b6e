namespace Elections.Core.Tally.Stv;

/// <summary>One ERS97 count (see <see cref="Ers97Method"/>).</summary>
internal sealed class Ers97Count
{
    private const long Unit = 100;
    private readonly StvSetup _setup;
    private readonly string _name;
    private readonly int _n;
    private readonly CandidateState[] _state;
    private readonly bool[] _pending;
    private readonly int[] _electedAt;
    private readonly bool[] _shown;
    private readonly ParcelBook _book;
    private readonly List<int> _winners = [];
    private readonly StvRoundLog _log;
    private readonly StvTieBreaker _ties;
    private readonly long _quota;

    public Ers97Count(StvSetup setup, string name)
    {
        _setup = setup;
        _name = name;
        _n = setup.CandidateCount;
        _state = setup.Withdrawn.Select(w => w ? CandidateState.Withdrawn : CandidateState.Hopeful).ToArray();
        _shown = setup.Withdrawn.Select(w => !w).ToArray();
        _pending = new bool[_n];
        _electedAt = new int[_n];
        _book = new ParcelBook(setup.Ballots, _state);
        _log = new StvRoundLog(setup.Names, Ers97Method.Decimals);
        _ties = new StvTieBreaker(setup.Names, TieBreakDirection.Forward);
        var total = (Int128)setup.Ballots.Valid * Unit;
        var seatsPlusOne = setup.Seats + 1;
        _quota = (long)(total / seatsPlusOne) + (total % seatsPlusOne == 0 ? 0 : 1);
    }

    private List<int> Hopeful => StvElection.Hopeful(_state);

    public TallyResult Run()
    {
        _book.Deal(Unit);
        Stage([], "First preferences.");
        while (_winners.Count < _setup.Seats && Hopeful.Count > 0)
        {
            var hopeful = Hopeful;
            if (_winners.Count + hopeful.Count <= _setup.Seats)
            {
                var rest = StvElection.Elect(hopeful, _book.Votes, _state, _winners, _setup.Seats);
                _log.Add(_book.Votes, _shown, _quota, _book.NonTransferable, rest, [], $"{_log.Names(rest)} elected to fill the remaining seats.");
                break;
            }

            var surplusOf = Enumerable.Range(0, _n).Where(c => _pending[c] && _book.Votes[c] > _quota).ToList();
            var totalSurplus = surplusOf.Sum(c => _book.Votes[c] - _quota);
            var losers = BulkLosers(hopeful, totalSurplus);
            if (surplusOf.Count > 0 && losers.Count == 0)
            {
                var largest = surplusOf.Max(c => _book.Votes[c]);
                var from = _ties.Pick(surplusOf.Where(c => _book.Votes[c] == largest).ToList(), _log.History, lowest: false, _log.Next, "surplus order");
                TransferSurplus(from);
                continue;
            }

            if (losers.Count == 0)
            {
                var min = hopeful.Min(c => _book.Votes[c]);
                losers = [_ties.Pick(hopeful.Where(c => _book.Votes[c] == min).ToList(), _log.History, lowest: true, _log.Next, "exclusion")];
            }

            Exclude(losers);
        }

        return StvResults.Build(_name, _setup, _winners, _state, _log, _ties);
    }

    private bool IsHopeful(int candidate) => _state[candidate] == CandidateState.Hopeful;

    /// <summary>The lowest candidates who cannot overtake the next one even with all surpluses (5.2.2, 5.2.5).</summary>
    private List<int> BulkLosers(List<int> hopeful, long surplus)
    {
        var sorted = hopeful.OrderBy(c => _book.Votes[c]).ThenBy(c => c).ToList();
        var found = 0;
        var sum = surplus;
        for (var k = 1; k < sorted.Count; k++)
        {
            sum += _book.Votes[sorted[k - 1]];
            if (sum < _book.Votes[sorted[k]] && sorted.Count - k + _winners.Count >= _setup.Seats)
            {
                found = k;
            }
        }

        return sorted.Take(found).ToList();
    }

    private void TransferSurplus(int candidate)
    {
        var surplus = _book.Votes[candidate] - _quota;
        var parcels = _book.TakeAll(candidate);
        var lastStage = _electedAt[candidate] == 1 ? 1 : parcels.Max(p => p.Stage);
        var last = parcels.Where(p => p.Stage == lastStage).ToList();
        var stage = _log.Next;
        long transferable = 0;
        long presentValue = 0;
        foreach (var p in last.Where(Transferable))
        {
            transferable += _book.Papers(p);
            presentValue += _book.Papers(p) * p.Value;
        }

        var share = transferable == 0 ? 0 : FixedPoint.Divide(surplus, transferable, FixedPointRounding.Truncate);
        long moved = 0;
        foreach (var p in last.Where(Transferable))
        {
            var value = presentValue <= surplus ? p.Value : Math.Min(p.Value, share);
            moved += _book.Move(p, value, stage);
        }

        _book.NonTransferable = checked(_book.NonTransferable + surplus - moved);
        _pending[candidate] = false;
        _book.SetVotes(candidate, _quota);
        Stage([], $"Surplus of {_setup.Names[candidate]} ({FixedPoint.Format(surplus, Ers97Method.Decimals)}) transferred from its last parcel.");
    }

    private bool Transferable(Parcel parcel)
    {
        var prefs = _setup.Ballots.Of(parcel.Ballot);
        for (var p = parcel.Position + 1; p < prefs.Length; p++)
        {
            if (IsHopeful(prefs[p]))
            {
                return true;
            }
        }

        return false;
    }

    private void Exclude(List<int> losers)
    {
        foreach (var c in losers)
        {
            _state[c] = CandidateState.Excluded;
        }

        var parcels = losers.SelectMany(_book.TakeAll).ToList();
        var batches = parcels.GroupBy(p => p.Value).OrderByDescending(g => g.Key).ToList();
        var note = $"{_log.Names(losers)} excluded.";
        foreach (var batch in batches)
        {
            var stage = _log.Next;
            foreach (var p in batch)
            {
                _book.Move(p, p.Value, stage);
            }

            Stage(losers, $"{note} Papers at value {FixedPoint.Format(batch.Key, Ers97Method.Decimals)} transferred.");
            losers = [];
        }

        if (batches.Count == 0)
        {
            Stage(losers, note);
        }
    }

    private void Stage(IReadOnlyList<int> excluded, string note)
    {
        var elected = new List<int>();
        foreach (var c in Hopeful.Where(c => _book.Votes[c] >= _quota).OrderByDescending(c => _book.Votes[c]).ThenBy(c => c))
        {
            if (_winners.Count >= _setup.Seats)
            {
                break;
            }

            _state[c] = CandidateState.Elected;
            _pending[c] = true;
            _electedAt[c] = _log.Next;
            _winners.Add(c);
            elected.Add(c);
        }

        if (elected.Count > 0)
        {
            note += $" {_log.Names(elected)} reached the quota.";
        }

        _log.Add(_book.Votes, _shown, _quota, _book.NonTransferable, elected, excluded, note);
    }
}
