namespace Elections.Core.Voters.Generation;

/// <summary>What a contribution source read: the merged pull requests in scope and every hole in the data.</summary>
/// <param name="Source">Where the data came from, for people (<c>GH Archive DIR</c>, <c>GitHub API URL</c>).</param>
/// <param name="PullRequests">Merged pull requests (duplicates allowed; the rule counts each once).</param>
/// <param name="Problems">Missing, truncated or corrupt hours and unreadable lines; empty when complete.</param>
public sealed record ContributionHarvest(string Source, IReadOnlyList<MergedPullRequest> PullRequests, IReadOnlyList<HarvestProblem> Problems);
