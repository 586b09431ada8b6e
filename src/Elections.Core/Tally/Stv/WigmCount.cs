namespace Elections.Core.Tally.Stv;

/// <summary>One count by weighted inclusive Gregory transfers (see <see cref="ScottishStvMethod"/>).</summary>
internal sealed class WigmCount
{
    private readonly StvSetup _setup;
    private readonly string _name;
    private readonly int _decimals;
    private readonly long _unit;
    private readonly int _n;
    private readonly CandidateState[] _state;
    private readonly bool[] _pending;
    private readonly ParcelBook _book;
    private readonly List<int> _winners = [];
    private readonly StvRoundLog _log;
    private readonly StvTieBreaker _ties;
    private readonly bool[] _shown;
    private readonly long _quota;
    private long _residual;

    public WigmCount(StvSetup setup, string name, int decimals, TieBreakDirection direction)
    {
        _setup = setup;
        _name = name;
        _decimals = decimals;
        _unit = FixedPoint.UnitsPerWhole(decimals);
        _n = setup.CandidateCount;
        _state = setup.Withdrawn.Select(w => w ? CandidateState.Withdrawn : CandidateState.Hopeful).ToArray();
        _shown = setup.Withdrawn.Select(w => !w).ToArray();
        _pending = new bool[_n];
        _book = new ParcelBook(setup.Ballots, _state);
        _log = new StvRoundLog(setup.Names, decimals);
        _ties = new StvTieBreaker(setup.Names, direction);
        _quota = ((setup.Ballots.Valid / (setup.Seats + 1)) + 1) * _unit;
    }

    private List<int> Hopeful => StvElection.Hopeful(_state);

    public TallyResult Run()
    {
        _book.Deal(_unit);
        Stage([], "First preferences.");
        while (_winners.Count < _setup.Seats)
        {
            var hopeful = Hopeful;
            if (hopeful.Count == 0)
            {
                break;
            }

            if (_winners.Count + hopeful.Count <= _setup.Seats)
            {
                var rest = StvElection.Elect(hopeful, _book.Votes, _state, _winners, _setup.Seats);
                _log.Add(_book.Votes, _shown, _quota, _book.NonTransferable, rest, [], $"{_log.Names(rest)} elected: as many continuing candidates as vacancies.");
                break;
            }

            var withSurplus = Enumerable.Range(0, _n).Where(c => _pending[c] && _book.Votes[c] > _quota).ToList();
            if (withSurplus.Count > 0)
            {
                var largest = withSurplus.Max(c => _book.Votes[c]);
                var tied = withSurplus.Where(c => _book.Votes[c] == largest).ToList();
                var from = _ties.Pick(tied, _log.History, lowest: false, _log.Next, "surplus order");
                TransferSurplus(from);
                continue;
            }

            foreach (var c in Enumerable.Range(0, _n).Where(c => _pending[c]))
            {
                _pending[c] = false;
            }

            var min = hopeful.Min(c => _book.Votes[c]);
            var lowest = _ties.Pick(hopeful.Where(c => _book.Votes[c] == min).ToList(), _log.History, lowest: true, _log.Next, "exclusion");
            Exclude(lowest);
        }

        return Result();
    }

    private bool IsHopeful(int candidate) => _state[candidate] == CandidateState.Hopeful;

    private void TransferSurplus(int candidate)
    {
        var total = _book.Votes[candidate];
        var surplus = total - _quota;
        var stage = _log.Next;
        long moved = 0;
        long kept = 0;
        foreach (var parcel in _book.TakeAll(candidate))
        {
            var value = FixedPoint.Divide((Int128)surplus * parcel.Value, total, FixedPointRounding.Truncate);
            var before = _book.NonTransferable;
            moved += _book.Move(parcel, value, stage);
            kept += _book.NonTransferable - before;
        }

        _residual += surplus - moved - kept;
        _book.SetVotes(candidate, _quota);
        _pending[candidate] = false;
        Stage([], $"Surplus of {_setup.Names[candidate]} ({FixedPoint.Format(surplus, _decimals)}) transferred.");
    }

    private void Exclude(int candidate)
    {
        _state[candidate] = CandidateState.Excluded;
        var stage = _log.Next;
        foreach (var parcel in _book.TakeAll(candidate))
        {
            _book.Move(parcel, parcel.Value, stage);
        }

        Stage([candidate], $"{_setup.Names[candidate]} excluded: fewest votes.");
    }

    private void Stage(IReadOnlyList<int> excluded, string note)
    {
        var reached = Hopeful.Where(c => _book.Votes[c] >= _quota)
            .OrderByDescending(c => _book.Votes[c]).ThenBy(c => c).ToList();
        var elected = new List<int>();
        foreach (var c in reached)
        {
            if (_winners.Count >= _setup.Seats)
            {
                break;
            }

            Elect(c);
            _pending[c] = true;
            elected.Add(c);
        }

        if (elected.Count > 0)
        {
            note += $" {_log.Names(elected)} reached the quota.";
        }

        if (_residual > 0)
        {
            note += $" Residual (fractions ignored) so far: {FixedPoint.Format(_residual, _decimals)}.";
        }

        _log.Add(_book.Votes, _shown, _quota, _book.NonTransferable, elected, excluded, note);
    }

    private void Elect(int candidate)
    {
        _state[candidate] = CandidateState.Elected;
        _winners.Add(candidate);
    }

    private TallyResult Result() => StvResults.Build(_name, _setup, _winners, _state, _log, _ties);
}
