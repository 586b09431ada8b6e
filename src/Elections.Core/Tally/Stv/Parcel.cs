using System.Collections;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Papers of one grouped ballot sitting with a candidate: which ballot, the preference position
/// they are counted at, their value per paper (in units) and the stage at which they arrived.
/// </summary>
internal readonly record struct Parcel(int Ballot, int Position, long Value, int Stage);

/// <summary>The papers each candidate holds during a count by parcels (Scottish STV, ERS97, RCV).</summary>
/// <remarks>
/// Papers are stored without allocating per move: a candidate holds runs of papers that arrived at
/// the same stage with the same value, each run a list linked through one "next paper" slot per
/// ballot line (a line's papers are always together, with one candidate or none). A paper's
/// position is where its holder stands on its ballot, found when the paper is read.
/// </remarks>
internal sealed class ParcelBook
{
    private readonly StvBallots _ballots;
    private readonly int[] _next;
    private readonly HeldPapers[] _held;
    private readonly CandidateState[] _state;

    /// <summary>A book over <paramref name="ballots"/>; papers move only to candidates whose <paramref name="state"/> (the count's own array) is hopeful.</summary>
    public ParcelBook(StvBallots ballots, CandidateState[] state)
    {
        var candidates = state.Length;
        _ballots = ballots;
        _state = state;
        _next = GC.AllocateUninitializedArray<int>(ballots.Count);
        _held = new HeldPapers[candidates];
        for (var c = 0; c < candidates; c++)
        {
            _held[c] = new HeldPapers(this, c);
        }

        Votes = new long[candidates];
    }

    /// <summary>Each candidate's total, in units.</summary>
    public long[] Votes { get; }

    /// <summary>Value of papers that had no further preference for a continuing candidate, in units.</summary>
    public long NonTransferable { get; set; }

    /// <summary>The papers candidate <paramref name="candidate"/> holds.</summary>
    public IReadOnlyCollection<Parcel> Held(int candidate) => _held[candidate];

    /// <summary>Number of papers in a parcel.</summary>
    public long Papers(Parcel parcel) => _ballots.WeightOf(parcel.Ballot);

    /// <summary>Gives every ballot to its first hopeful preference at value <paramref name="unit"/>.</summary>
    public void Deal(long unit)
    {
        for (var b = 0; b < _ballots.Count; b++)
        {
            Move(new Parcel(b, -1, unit, 1), unit, 1);
        }
    }

    /// <summary>
    /// Takes all of <paramref name="candidate"/>'s papers (their total leaves the candidate). Read
    /// them before moving any, or move each as it is read, in order (moving a paper re-links it).
    /// </summary>
    public IReadOnlyCollection<Parcel> TakeAll(int candidate)
    {
        var parcels = _held[candidate];
        _held[candidate] = new HeldPapers(this, candidate);
        Votes[candidate] = 0;
        return parcels;
    }

    /// <summary>
    /// Moves papers to the next preference after their current one for a hopeful candidate, at
    /// <paramref name="value"/> per paper; papers with none become non-transferable. Returns the
    /// value moved to a candidate.
    /// </summary>
    public long Move(Parcel parcel, long value, int stage)
    {
        var prefs = _ballots.Of(parcel.Ballot);
        var papers = _ballots.WeightOf(parcel.Ballot);
        for (var p = parcel.Position + 1; p < prefs.Length; p++)
        {
            int c = prefs[p];
            if (_state[c] == CandidateState.Hopeful)
            {
                _held[c].Add(parcel.Ballot, value, stage);
                Votes[c] = checked(Votes[c] + (value * papers));
                return value * papers;
            }
        }

        NonTransferable = checked(NonTransferable + (value * papers));
        return 0;
    }

    /// <summary>Sets a candidate's total without moving papers (an elected candidate keeps the quota).</summary>
    public void SetVotes(int candidate, long votes) => Votes[candidate] = votes;

    /// <summary>One candidate's papers: runs sharing a value and a stage, in arrival order.</summary>
    private sealed class HeldPapers(ParcelBook book, int candidate) : IReadOnlyCollection<Parcel>
    {
        private readonly List<Run> _runs = [];

        public int Count { get; private set; }

        public void Add(int ballot, long value, int stage)
        {
            var last = _runs.Count == 0 ? null : _runs[^1];
            if (last is null || last.Value != value || last.Stage != stage)
            {
                last = new Run(value, stage, ballot);
                _runs.Add(last);
            }
            else
            {
                book._next[last.Tail] = ballot;
                last.Tail = ballot;
                last.Count++;
            }

            Count++;
        }

        public IEnumerator<Parcel> GetEnumerator()
        {
            foreach (var run in _runs)
            {
                var ballot = run.Head;
                for (var i = 0; i < run.Count; i++)
                {
                    // Read the link first: the caller may move this paper, re-linking it.
                    var next = i + 1 < run.Count ? book._next[ballot] : -1;
                    yield return new Parcel(ballot, book._ballots.Of(ballot).IndexOf((ushort)candidate), run.Value, run.Stage);
                    ballot = next;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Papers that arrived at one stage with one value per paper, linked from <see cref="Head"/> to <see cref="Tail"/>.</summary>
    private sealed class Run(long value, int stage, int first)
    {
        public long Value { get; } = value;

        public int Stage { get; } = stage;

        public int Head { get; } = first;

        public int Tail { get; set; } = first;

        public int Count { get; set; } = 1;
    }
}
