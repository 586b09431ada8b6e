using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tally;

/// <summary>
/// What every count starts from: which candidates continue (not withdrawn in the file nor in the
/// options), how many seats, and how many ballots express a preference among the continuing
/// candidates. Withdrawn candidates are treated as deleted from every ballot (BLT convention,
/// tally.md §2.2).
/// </summary>
public sealed class CountSetup
{
    private CountSetup(BallotBox box, bool[] excluded, int seats, long valid)
    {
        Box = box;
        Excluded = excluded;
        Seats = seats;
        Valid = valid;
        var continuing = new List<int>();
        for (var c = 0; c < excluded.Length; c++)
        {
            if (!excluded[c])
            {
                continuing.Add(c);
            }
        }

        Continuing = continuing;
    }

    /// <summary>The ballots.</summary>
    public BallotBox Box { get; }

    /// <summary>Candidate names (index = candidate).</summary>
    public IReadOnlyList<string> Names => Box.Candidates;

    /// <summary>True for each withdrawn candidate.</summary>
    public IReadOnlyList<bool> Excluded { get; }

    /// <summary>Indices of continuing candidates, ascending.</summary>
    public IReadOnlyList<int> Continuing { get; }

    /// <summary>Seats to fill, never more than the continuing candidates.</summary>
    public int Seats { get; }

    /// <summary>Total weight of ballots that rank at least one continuing candidate.</summary>
    public long Valid { get; }

    /// <summary>
    /// Resolves seats and withdrawals. Throws <see cref="InvalidInputException"/> when a withdrawn
    /// name is unknown or the seat count is not positive.
    /// </summary>
    public static CountSetup Create(BallotBox box, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<Problem>();
        var excluded = new bool[box.Candidates.Count];
        foreach (var index in box.Withdrawn)
        {
            if (index < excluded.Length)
            {
                excluded[index] = true;
            }
        }

        foreach (var name in options.Withdrawn)
        {
            var index = IndexOf(box.Candidates, name);
            if (index < 0)
            {
                problems.Add(Problem.Setting(
                    SettingKeys.Withdrawn,
                    $"no candidate is named '{name}'; use one of: {string.Join(", ", box.Candidates)}"));
            }
            else
            {
                excluded[index] = true;
            }
        }

        var seats = options.Seats ?? box.DeclaredSeats ?? 1;
        if (seats <= 0)
        {
            problems.Add(Problem.Setting(SettingKeys.Seats, $"{seats} seats: give a positive number of seats"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var continuingCount = excluded.Count(e => !e);
        seats = Math.Min(seats, continuingCount);
        long valid = 0;
        for (var b = 0; b < box.Count; b++)
        {
            foreach (var entry in box.EntriesOf(b))
            {
                if (!excluded[RankEntry.Candidate(entry)])
                {
                    valid += box.WeightOf(b);
                    break;
                }
            }
        }

        return new CountSetup(box, excluded, seats, valid);
    }

    /// <summary>
    /// The index of the candidate called <paramref name="name"/>: an exact match first, else the
    /// only case-insensitive match; -1 when there is none (or it is ambiguous).
    /// </summary>
    public static int IndexOf(IReadOnlyList<string> candidates, string name)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        for (var c = 0; c < candidates.Count; c++)
        {
            if (string.Equals(candidates[c], name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        var found = -1;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (string.Equals(candidates[c], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = c;
            }
        }

        return found;
    }

    /// <summary>Names of the given candidates, in the given order.</summary>
    public IReadOnlyList<string> NamesOf(IEnumerable<int> candidates) => candidates.Select(c => Names[c]).ToArray();
}
