using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;

namespace Elections.Core.Tests.Voters.Generation;

/// <summary>Builders for merged pull requests and eligibility rules.</summary>
internal static class PullRequests
{
    public static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Until = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static EligibilityRules Rules(int minCommits = 25, int minMerges = 1, bool excludeBots = true, params ExcludedAccount[] excluded) => new()
    {
        ContributionsFrom = From,
        ContributionsUntil = Until,
        Organizations = ["ExampleCoop"],
        MinCommitsInMergedPullRequests = minCommits,
        MinMergesPerformed = minMerges,
        ExcludeBots = excludeBots,
        ExcludedAccounts = excluded,
    };

    public static MergedPullRequest Pr(
        long number,
        ContributionActor? author,
        ContributionActor? merger,
        int commits = 1,
        DateTimeOffset? mergedAt = null,
        string repo = "examplecoop/tools") => new()
    {
        Key = $"repo:{repo.ToLowerInvariant()}#{number}",
        Repository = repo,
        Number = number,
        MergedAt = mergedAt ?? From.AddDays(10),
        Author = author,
        MergedBy = merger,
        Commits = commits,
    };

    public static ContributionActor Person(long id, string? login = null) => new(id, login ?? $"user{id}", false);
}
