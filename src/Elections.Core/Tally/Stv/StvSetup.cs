using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// What every transferable-vote count starts from: seats (options, else the file's declared
/// count, else 1), the withdrawn candidates (the file's plus the named ones in the options) and
/// the grouped ballots.
/// </summary>
internal sealed record StvSetup
{
    public required IReadOnlyList<string> Names { get; init; }

    public required int Seats { get; init; }

    public required bool[] Withdrawn { get; init; }

    public required StvBallots Ballots { get; init; }

    public required long Read { get; init; }

    public int CandidateCount => Names.Count;

    public static StvSetup From(BallotBox box, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(options);
        var withdrawn = new HashSet<int>(box.Withdrawn);
        foreach (var name in options.Withdrawn)
        {
            var index = IndexOf(box.Candidates, name);
            if (index < 0)
            {
                throw new ArgumentException(
                    $"withdrawn candidate '{name}' is not on the ballot; use a name exactly as the ballot file spells it",
                    nameof(options));
            }

            withdrawn.Add(index);
        }

        var seats = options.Seats ?? box.DeclaredSeats ?? 1;
        if (seats < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), seats, "seats must be at least 1");
        }

        var flags = new bool[box.Candidates.Count];
        foreach (var c in withdrawn)
        {
            flags[c] = true;
        }

        return new StvSetup
        {
            Names = box.Candidates,
            Seats = seats,
            Withdrawn = flags,
            Ballots = StvBallots.From(box, withdrawn),
            Read = box.TotalWeight,
        };
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
