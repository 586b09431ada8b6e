using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;
using static Elections.Core.Tests.Voters.Generation.PullRequests;

namespace Elections.Core.Tests.Voters.Generation;

public sealed class EligibilityRuleTests
{
    private static readonly ContributionActor Merger = Person(1, "merger");

    private static long[] EligibleIds(EligibilityRules rules, params MergedPullRequest[] prs) =>
        EligibilityRule.Apply(rules, prs).Eligible.Select(c => c.Id).ToArray();

    [Fact]
    public void Apply_AuthorWithEnoughCommits_IsEligibleAndSoIsTheMerger()
    {
        var outcome = EligibilityRule.Apply(Rules(), [Pr(1, Person(2), Merger, commits: 20), Pr(2, Person(2), Merger, commits: 5), Pr(3, Person(3), Merger, commits: 24)]);

        Assert.Equal([1, 2], outcome.Eligible.Select(c => c.Id));
        var two = outcome.Contributors.Single(c => c.Id == 2);
        Assert.Equal(25, two.Commits);
        Assert.Equal(2, two.Authored.Count);
        Assert.Equal(3, outcome.Contributors.Single(c => c.Id == 1).Merges);
        Assert.False(outcome.Contributors.Single(c => c.Id == 3).Eligible);
    }

    [Fact]
    public void Apply_WindowIsHalfOpen_StartCountsEndDoesNot()
    {
        var ids = EligibleIds(
            Rules(),
            Pr(1, null, Person(10), mergedAt: From),
            Pr(2, null, Person(11), mergedAt: Until),
            Pr(3, null, Person(12), mergedAt: From.AddTicks(-1)),
            Pr(4, null, Person(13), mergedAt: Until.AddTicks(-1)));

        Assert.Equal([10, 13], ids);
    }

    [Fact]
    public void Apply_OwnerComparedIgnoringCase_OtherOwnersAndPrefixesDoNotCount()
    {
        var ids = EligibleIds(
            Rules(),
            Pr(1, null, Person(10), repo: "EXAMPLECOOP/a"),
            Pr(2, null, Person(11), repo: "examplecoop-fork/a"),
            Pr(3, null, Person(12), repo: "someone/examplecoop"));

        Assert.Equal([10], ids);
    }

    [Fact]
    public void Apply_BotsByTypeOrSuffix_NeverAppearWhenExcludeBots()
    {
        var outcome = EligibilityRule.Apply(Rules(), [
            Pr(1, new ContributionActor(20, "renovate", true), new ContributionActor(21, "mergify[bot]", false), commits: 99),
            Pr(2, Person(22), Person(21, "Mergify[BOT]"))]);

        Assert.Equal([22], outcome.Contributors.Select(c => c.Id));
        Assert.Contains(20, outcome.Left.Keys);
        Assert.Contains(21, outcome.Left.Keys);
    }

    [Fact]
    public void Apply_BotsKeptWhenExcludeBotsIsOff()
    {
        Assert.Equal([21], EligibleIds(Rules(excludeBots: false), Pr(1, null, new ContributionActor(21, "mergify[bot]", true))));
    }

    [Fact]
    public void Apply_ExcludedAccounts_NeverAppear()
    {
        var outcome = EligibilityRule.Apply(Rules(excluded: new ExcludedAccount(30, "banned", "banned", 1)), [Pr(1, Person(30), Person(30), commits: 100)]);

        Assert.Empty(outcome.Contributors);
        Assert.Equal("excluded by the election config: banned", outcome.Left[30]);
    }

    [Fact]
    public void Apply_SamePullRequestReportedTwice_CountsOnce()
    {
        var pr = Pr(1, Person(2), Person(3, "m"), commits: 13);
        var outcome = EligibilityRule.Apply(Rules(minMerges: 2), [pr, pr, pr with { }]);

        Assert.Single(outcome.Counted);
        Assert.Equal(13, outcome.Contributors.Single(c => c.Id == 2).Commits);
        Assert.Equal(1, outcome.Contributors.Single(c => c.Id == 3).Merges);
        Assert.Empty(outcome.Eligible);
    }

    [Fact]
    public void Apply_LoginIsTheMostRecentSeen_WhateverTheInputOrder()
    {
        MergedPullRequest[] prs = [
            Pr(2, Person(5, "new-name"), Merger, mergedAt: From.AddDays(20)),
            Pr(1, Person(5, "old-name"), Merger, mergedAt: From.AddDays(10)),
            Pr(3, null, Person(5, "middle"), mergedAt: From.AddDays(15))];

        Assert.Equal("new-name", EligibilityRule.Apply(Rules(minMerges: 1), prs).Contributors.Single(c => c.Id == 5).Login);
        Assert.Equal("new-name", EligibilityRule.Apply(Rules(minMerges: 1), prs.Reverse()).Contributors.Single(c => c.Id == 5).Login);
    }

    [Fact]
    public void Apply_ThresholdZero_SwitchesThatPathOff()
    {
        Assert.Empty(EligibleIds(Rules(minCommits: 25, minMerges: 0), Pr(1, Person(2), Person(3), commits: 1)));
        Assert.Equal([2], EligibleIds(Rules(minCommits: 1, minMerges: 0), Pr(1, Person(2), Person(3), commits: 1)));
    }

    [Fact]
    public void Apply_MissingAuthor_CreditsOnlyTheMerger()
    {
        var outcome = EligibilityRule.Apply(Rules(), [Pr(1, null, Person(3), commits: 50)]);

        Assert.Equal([3], outcome.Contributors.Select(c => c.Id));
    }
}
