using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tally;

/// <summary>
/// The most candidates each counting method accepts (docs/counting.md, "Limits"), checked before a
/// count starts so that a file with too many candidates is refused at once with the file named,
/// instead of a count whose time or memory grows without bound. Transferable-vote counts run up to
/// one round per candidate and log every candidate in every round; the Condorcet methods compare
/// every pair (Schulze's strongest paths are cubic).
/// </summary>
public static class MethodLimits
{
    private static readonly Dictionary<string, int> MaxCandidates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["plurality"] = 10_000,
        ["approval"] = 10_000,
        ["schulze"] = 1_000,
        ["ranked-pairs"] = 1_000,
        ["minimax"] = 500,
        ["civs-proportional"] = Condorcet.CivsProportionalMethod.MaxCandidates,
        ["debian"] = 200,
        ["irv"] = 1_000,
        ["meek"] = 500,
        ["meek-nz"] = 500,
        ["scottish-stv"] = 500,
        ["ers97"] = 1_000,
        ["stv"] = 500,
        ["stv-portland"] = 500,
    };

    /// <summary>The most candidates <paramref name="method"/> counts.</summary>
    public static int MaxCandidatesFor(ITallyMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return MaxCandidates[method.Name];
    }

    /// <summary>
    /// Throws <see cref="InvalidInputException"/> naming <paramref name="file"/> when the ballots
    /// have more candidates (not counting those the file withdraws) than <paramref name="method"/> accepts.
    /// </summary>
    public static void Check(ITallyMethod method, BallotBox ballots, string file)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var max = MaxCandidatesFor(method);
        var candidates = ballots.Candidates.Count - ballots.Withdrawn.Count;
        if (candidates > max)
        {
            throw new InvalidInputException(new Problem(
                file, 0, "candidates",
                $"{candidates:N0} candidates, more than the {max:N0} that {method.Name} counts (docs/counting.md, \"Limits\"); check that this is the right file, or withdraw candidates in it"));
        }
    }
}
