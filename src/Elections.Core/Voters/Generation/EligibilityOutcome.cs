namespace Elections.Core.Voters.Generation;

/// <summary>The rule applied to a set of merged pull requests.</summary>
/// <param name="Counted">The pull requests that count (in the window and organizations, each once), sorted by merge time, repository and number.</param>
/// <param name="Contributors">Every credited person who is neither a bot nor excluded, sorted by id.</param>
/// <param name="Left">Accounts that contributed but never appear, by id, with why (bot or excluded).</param>
public sealed record EligibilityOutcome(
    IReadOnlyList<MergedPullRequest> Counted,
    IReadOnlyList<Contributor> Contributors,
    IReadOnlyDictionary<long, string> Left)
{
    /// <summary>The eligible contributors, sorted by id.</summary>
    public IEnumerable<Contributor> Eligible => Contributors.Where(c => c.Eligible);
}
