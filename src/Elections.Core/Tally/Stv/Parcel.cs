namespace Elections.Core.Tally.Stv;

/// <summary>
/// Papers of one grouped ballot sitting with a candidate: which ballot, the preference position
/// they are counted at, their value per paper (in units) and the stage at which they arrived.
/// </summary>
internal readonly record struct Parcel(int Ballot, int Position, long Value, int Stage);

/// <summary>The papers each candidate holds during a count by parcels (Scottish STV, ERS97, RCV).</summary>
internal sealed class ParcelBook
{
    private readonly StvBallots _ballots;
    private readonly List<Parcel>[] _held;

    public ParcelBook(StvBallots ballots, int candidates)
    {
        _ballots = ballots;
        _held = new List<Parcel>[candidates];
        for (var c = 0; c < candidates; c++)
        {
            _held[c] = [];
        }

        Votes = new long[candidates];
    }

    /// <summary>Each candidate's total, in units.</summary>
    public long[] Votes { get; }

    /// <summary>Value of papers that had no further preference for a continuing candidate, in units.</summary>
    public long NonTransferable { get; set; }

    /// <summary>The papers candidate <paramref name="candidate"/> holds.</summary>
    public IReadOnlyList<Parcel> Held(int candidate) => _held[candidate];

    /// <summary>Number of papers in a parcel.</summary>
    public long Papers(Parcel parcel) => _ballots.Weights[parcel.Ballot];

    /// <summary>Gives every ballot to its first preference at value <paramref name="unit"/>.</summary>
    public void Deal(long unit, Func<int, bool> continuing)
    {
        for (var b = 0; b < _ballots.Count; b++)
        {
            Move(new Parcel(b, -1, unit, 1), unit, 1, continuing);
        }
    }

    /// <summary>Takes all of <paramref name="candidate"/>'s papers (their total leaves the candidate).</summary>
    public List<Parcel> TakeAll(int candidate)
    {
        var parcels = _held[candidate];
        _held[candidate] = [];
        Votes[candidate] = 0;
        return parcels;
    }

    /// <summary>
    /// Moves papers to the next preference after their current one for which
    /// <paramref name="continuing"/> holds, at <paramref name="value"/> per paper; papers with none
    /// become non-transferable. Returns the value moved to a candidate.
    /// </summary>
    public long Move(Parcel parcel, long value, int stage, Func<int, bool> continuing)
    {
        var prefs = _ballots.Of(parcel.Ballot);
        var papers = _ballots.Weights[parcel.Ballot];
        for (var p = parcel.Position + 1; p < prefs.Length; p++)
        {
            int c = prefs[p];
            if (continuing(c))
            {
                _held[c].Add(new Parcel(parcel.Ballot, p, value, stage));
                Votes[c] = checked(Votes[c] + (value * papers));
                return value * papers;
            }
        }

        NonTransferable = checked(NonTransferable + (value * papers));
        return 0;
    }

    /// <summary>Sets a candidate's total without moving papers (an elected candidate keeps the quota).</summary>
    public void SetVotes(int candidate, long votes) => Votes[candidate] = votes;
}
