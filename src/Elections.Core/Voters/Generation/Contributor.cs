namespace Elections.Core.Voters.Generation;

/// <summary>
/// One person's counted contributions under the rule (nixos-anchor §2.3 contribution record): commits
/// credited from authored merged pull requests and merges performed, with the pull requests that count.
/// </summary>
public sealed record Contributor
{
    /// <summary>The numeric GitHub id: the identity.</summary>
    public required long Id { get; init; }

    /// <summary>The most recent login seen (see <see cref="EligibilityRule"/> for the tie rule).</summary>
    public required string Login { get; init; }

    /// <summary>Commits credited: the sum of <c>commits</c> over authored pull requests.</summary>
    public required long Commits { get; init; }

    /// <summary>Pull requests this person merged.</summary>
    public required int Merges { get; init; }

    /// <summary>Pull requests authored, by merge time.</summary>
    public required IReadOnlyList<MergedPullRequest> Authored { get; init; }

    /// <summary>Pull requests merged by this person, by merge time.</summary>
    public required IReadOnlyList<MergedPullRequest> Merged { get; init; }

    /// <summary>True when a threshold is met.</summary>
    public required bool Eligible { get; init; }
}
