using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tally.PostCount;

/// <summary>
/// Applies conflict-of-interest caps after a count, as the NixOS constitution requires
/// (nixos-anchor.md §5.4: "remove the conflicting candidate with fewer votes … and create a new
/// poll … Repeat as needed"): while some group has more winners than its cap, the group's
/// lowest-ranked winner is withdrawn and the whole count is run again. "Lowest ranked" is the
/// position in the result's winner order (ranking order for Condorcet methods, order of election
/// for STV). Groups are checked in file order; every step is recorded.
/// </summary>
public static class ConflictResolver
{
    /// <summary>Counts with <paramref name="method"/> and enforces <paramref name="groups"/>.</summary>
    public static ConflictOutcome Resolve(
        ITallyMethod method,
        BallotBox ballots,
        TallyOptions options,
        IReadOnlyList<ConflictGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(groups);
        Check(ballots, groups);
        var steps = new List<ConflictStep>();
        var withdrawn = new List<string>(options.Withdrawn);
        while (true)
        {
            var result = method.Count(ballots, options with { Withdrawn = withdrawn.ToArray() });
            var step = FirstViolation(result, groups, ballots.Candidates);
            if (step is null)
            {
                return new ConflictOutcome { Result = result, Steps = steps };
            }

            steps.Add(step);
            withdrawn.Add(step.Dropped);
        }
    }

    private static ConflictStep? FirstViolation(TallyResult result, IReadOnlyList<ConflictGroup> groups, IReadOnlyList<string> candidates)
    {
        foreach (var group in groups)
        {
            var members = group.Members.Select(m => candidates[CountSetup.IndexOf(candidates, m)]).ToHashSet(StringComparer.Ordinal);
            var winners = result.Winners.Where(members.Contains).ToList();
            if (winners.Count > group.Max)
            {
                return new ConflictStep { Group = group.Name, Winners = winners, Dropped = winners[^1] };
            }
        }

        return null;
    }

    private static void Check(BallotBox ballots, IReadOnlyList<ConflictGroup> groups)
    {
        var problems = new List<Problem>();
        foreach (var group in groups)
        {
            if (group.Max < 1)
            {
                problems.Add(Problem.Setting($"{SettingKeys.ConflictGroup(group.Name)}.max", $"max is {group.Max}; give at least 1"));
            }

            foreach (var member in group.Members.Where(m => CountSetup.IndexOf(ballots.Candidates, m) < 0))
            {
                problems.Add(Problem.Setting(
                    $"{SettingKeys.ConflictGroup(group.Name)}.members",
                    $"'{member}' is not a candidate in the ballot file; use one of: {string.Join(", ", ballots.Candidates)}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }
}
