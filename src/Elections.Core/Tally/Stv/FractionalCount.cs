namespace Elections.Core.Tally.Stv;

/// <summary>One fractional-transfer STV count (see <see cref="FractionalStvMethod"/>).</summary>
internal sealed class FractionalCount
{
    private readonly FractionalStvRules _rules;
    private readonly StvSetup _setup;
    private readonly int _n;
    private readonly long _unit;
    private readonly CandidateState[] _state;
    private readonly bool[] _pending;
    private readonly bool[] _shown;
    private readonly ParcelBook _book;
    private readonly List<int> _winners = [];
    private readonly StvRoundLog _log;
    private readonly StvTieBreaker _ties;
    private readonly long _threshold;

    public FractionalCount(FractionalStvRules rules, StvSetup setup)
    {
        _rules = rules;
        _setup = setup;
        _n = setup.CandidateCount;
        _unit = FixedPoint.UnitsPerWhole(rules.Decimals);
        _state = setup.Withdrawn.Select(w => w ? CandidateState.Withdrawn : CandidateState.Hopeful).ToArray();
        _shown = setup.Withdrawn.Select(w => !w).ToArray();
        _pending = new bool[_n];
        _book = new ParcelBook(setup.Ballots, _state);
        _log = new StvRoundLog(setup.Names, rules.Decimals);
        _ties = new StvTieBreaker(setup.Names, TieBreakDirection.Backward);
        _threshold = ((setup.Ballots.Valid / (setup.Seats + 1)) + 1) * _unit;
    }

    private List<int> Hopeful => StvElection.Hopeful(_state);

    public TallyResult Run()
    {
        _book.Deal(_unit);
        Round([], "First choices.");
        while (_winners.Count < _setup.Seats && Hopeful.Count > 0)
        {
            var hopeful = Hopeful;
            if (_winners.Count + hopeful.Count <= _setup.Seats)
            {
                var rest = StvElection.Elect(hopeful, _book.Votes, _state, _winners, _setup.Seats);
                _log.Add(_book.Votes, _shown, _threshold, _book.NonTransferable, rest, [], $"{_log.Names(rest)} elected to fill the remaining seats.");
                break;
            }

            var surpluses = Enumerable.Range(0, _n).Where(c => _pending[c] && _book.Votes[c] > _threshold)
                .OrderByDescending(c => _book.Votes[c]).ThenBy(c => c).ToList();
            if (surpluses.Count > 0)
            {
                var moving = _rules.SurplusesTogether ? surpluses : [surpluses[0]];
                var round = _log.Next;
                var held = moving.Select(c => (Candidate: c, Parcels: _book.TakeAll(c))).ToList();
                foreach (var (candidate, parcels) in held)
                {
                    var votes = parcels.Sum(p => p.Value * _book.Papers(p));
                    var fraction = FixedPoint.Divide((Int128)(votes - _threshold) * _unit, votes, FixedPointRounding.Truncate);
                    foreach (var parcel in parcels)
                    {
                        _book.Move(parcel, FixedPoint.Divide((Int128)parcel.Value * fraction, _unit, FixedPointRounding.Truncate), round);
                    }

                    _book.SetVotes(candidate, _threshold);
                    _pending[candidate] = false;
                }

                Round([], $"Surplus of {_log.Names(moving)} transferred.");
                continue;
            }

            var min = hopeful.Min(c => _book.Votes[c]);
            var lowest = _ties.Pick(hopeful.Where(c => _book.Votes[c] == min).ToList(), _log.History, lowest: true, _log.Next, "exclusion");
            _state[lowest] = CandidateState.Excluded;
            var stage = _log.Next;
            foreach (var parcel in _book.TakeAll(lowest))
            {
                _book.Move(parcel, parcel.Value, stage);
            }

            Round([lowest], $"{_setup.Names[lowest]} excluded: fewest votes.");
        }

        return StvResults.Build(_rules.Name, _setup, _winners, _state, _log, _ties);
    }

    private bool IsHopeful(int candidate) => _state[candidate] == CandidateState.Hopeful;

    private void Round(IReadOnlyList<int> excluded, string note)
    {
        var elected = new List<int>();
        foreach (var c in Hopeful.Where(c => _book.Votes[c] >= _threshold).OrderByDescending(c => _book.Votes[c]).ThenBy(c => c))
        {
            if (_winners.Count >= _setup.Seats)
            {
                break;
            }

            _state[c] = CandidateState.Elected;
            _pending[c] = true;
            _winners.Add(c);
            elected.Add(c);
        }

        if (elected.Count > 0)
        {
            note += $" {_log.Names(elected)} reached the threshold.";
        }

        _log.Add(_book.Votes, _shown, _threshold, _book.NonTransferable, elected, excluded, note);
    }
}
