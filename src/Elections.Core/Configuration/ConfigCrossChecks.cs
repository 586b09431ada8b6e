using Elections.Core.Validation;

namespace Elections.Core.Configuration;

/// <summary>
/// Rules that join the configuration with the voter roll and the nominees, as pure functions over plain
/// inputs; each problem points at the configuration field it concerns (file and line from
/// <see cref="ElectionConfig.Source"/>). Rules: endorsement minimums must be reachable with the roll
/// (nixos-anchor.md §3.3), officials may not be candidates (§3.2), excluded accounts may not be on the
/// roll (§2.1 "no excluded ID may appear"), and the counting rules are fixed once voting opens (an
/// approval threshold is fixed before voting starts).
/// </summary>
public static class ConfigCrossChecks
{
    /// <summary>
    /// Checks the configuration against the voter roll (<paramref name="rollSize"/> voters with ids
    /// <paramref name="rollIds"/>) and the nominees' ids; returns every problem, empty when all hold.
    /// </summary>
    public static IReadOnlyList<Problem> Check(
        ElectionConfig config, int rollSize, IReadOnlyCollection<long> nomineeIds, IReadOnlyCollection<long> rollIds)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(nomineeIds);
        ArgumentNullException.ThrowIfNull(rollIds);
        var problems = new List<Problem>();
        var source = config.Source;
        var endorsements = config.Endorsements;
        if (endorsements.MinEndorsers > rollSize - 1)
        {
            problems.Add(source.ProblemAt("endorsements.min_endorsers",
                $"{endorsements.MinEndorsers} endorsers other than the nominee are required but the voter roll has only {rollSize} voters: "
                + $"lower min_endorsers to at most {Math.Max(rollSize - 1, 0)} or complete the roll"));
        }

        if (endorsements.MinIndependent > rollSize)
        {
            problems.Add(source.ProblemAt("endorsements.min_independent",
                $"{endorsements.MinIndependent} independent people are required but the voter roll has only {rollSize} voters: "
                + $"lower min_independent to at most {rollSize} or complete the roll"));
        }

        var nominees = nomineeIds.ToHashSet();
        for (var index = 0; index < config.Officials.Count; index++)
        {
            var official = config.Officials[index];
            if (nominees.Contains(official.Id))
            {
                problems.Add(source.ProblemAt($"officials[{index}]",
                    $"official {official} is among the nominees, and officials may not be candidates: "
                    + "the official steps down from the committee (remove them here) or the nomination is withdrawn"));
            }
        }

        var roll = rollIds.ToHashSet();
        var excluded = config.Eligibility.ExcludedAccounts;
        for (var index = 0; index < excluded.Count; index++)
        {
            var account = excluded[index];
            if (roll.Contains(account.Id))
            {
                problems.Add(source.ProblemAt($"eligibility.excluded_accounts[{index}]",
                    $"{account.Login} ({account.Id}) is excluded ({account.Reason}) but is on the voter roll: "
                    + "remove them from the roll, or remove this exclusion if it was a mistake"));
            }
        }

        return [.. problems.OrderBy(problem => problem.Line)];
    }

    /// <summary>
    /// Once voting has opened (per <paramref name="before"/>'s timeline at <paramref name="now"/>), the
    /// seats, counting rules, terms and approval threshold may no longer change: returns a problem, at the
    /// changed field of <paramref name="after"/>, for each that did. The timeline may still move (the NixOS
    /// 2024 election restarted its vote after a poll corruption, nixos-anchor.md §3.5).
    /// </summary>
    public static IReadOnlyList<Problem> CheckFixedOnceVotingOpens(ElectionConfig before, ElectionConfig after, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!before.Timeline.VotingOpens.HasPassed(now))
        {
            return [];
        }

        (string Field, bool Same)[] fixedFields =
        [
            ("seats", before.Seats == after.Seats),
            ("counting", before.Counting == after.Counting),
            ("terms", before.Terms.Select(t => (t.Seats, t.Years)).SequenceEqual(after.Terms.Select(t => (t.Seats, t.Years)))),
            ("voting.approval_threshold", before.Voting.ApprovalThreshold == after.Voting.ApprovalThreshold),
        ];
        return
        [
            .. fixedFields.Where(field => !field.Same).Select(field => after.Source.ProblemAt(field.Field,
                $"changed after voting opened ({before.Timeline.VotingOpens}); it was fixed before voting started: restore the previous value")),
        ];
    }
}
