using Elections.Core.Validation;

namespace Elections.Core.Configuration;

/// <summary>
/// Rules that join the configuration with the voter roll and the nominees, as pure functions over plain
/// inputs; each problem points at the configuration field it concerns (file and line from
/// <see cref="ElectionConfig.Source"/>). Rules: endorsement minimums must be reachable with the roll
/// (nixos-anchor.md §3.3), and the counting rules are fixed once voting opens (an approval threshold
/// is fixed before voting starts).
/// </summary>
public static class ConfigCrossChecks
{
    /// <summary>
    /// Checks the endorsement minimums against a voter roll of <paramref name="rollSize"/> voters:
    /// a minimum no roll can meet is a configuration mistake. Returns every problem, empty when all hold.
    /// Officials among the nominees and excluded accounts on the roll are reported by
    /// <c>CandidateValidator</c> and <c>VoterRollValidator</c>, at the line that must change.
    /// </summary>
    public static IReadOnlyList<Problem> Check(ElectionConfig config, int rollSize)
    {
        ArgumentNullException.ThrowIfNull(config);
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

        return problems;
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
