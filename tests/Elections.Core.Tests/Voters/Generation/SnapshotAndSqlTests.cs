using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;
using static Elections.Core.Tests.Voters.Generation.PullRequests;

namespace Elections.Core.Tests.Voters.Generation;

public sealed class SnapshotAndSqlTests
{
    [Fact]
    public void Snapshot_IsTheSameWhateverTheInputOrder_AndReadsBack()
    {
        MergedPullRequest[] prs = [Pr(1, Person(2), Person(3), 4, From.AddDays(2)), Pr(2, null, Person(3), 1, From.AddDays(1)), Pr(3, Person(4), null, 2, From.AddDays(1))];
        HarvestProblem[] gaps = [new("2024-01-02-3.json.gz", "missing hour"), new("2024-01-01-0.json.gz", "is truncated")];
        var one = ContributionSnapshot.Write(gaps, EligibilityRule.Apply(Rules(), prs).Counted);
        var two = ContributionSnapshot.Write([.. gaps.Reverse()], EligibilityRule.Apply(Rules(), prs.Reverse()).Counted);

        Assert.Equal(one, two);
        Assert.Equal(ContributionSnapshot.Sha256(one), ContributionSnapshot.Sha256(two));
        Assert.Matches("^[0-9a-f]{64}  voters.contributions.jsonl\n$", ContributionSnapshot.ChecksumLine(one, "voters.contributions.jsonl"));
        var (harvest, problems) = ContributionSnapshot.Read("s.jsonl", one);
        Assert.Empty(problems);
        Assert.Equal(2, harvest.Problems.Count);
        Assert.Equal(one, ContributionSnapshot.Write(harvest.Problems, EligibilityRule.Apply(Rules(), harvest.PullRequests).Counted));
    }

    [Fact]
    public void Snapshot_BadLine_IsNamed()
    {
        var (_, problems) = ContributionSnapshot.Read("s.jsonl", "{\"kind\":\"gap\",\"where\":\"x\",\"problem\":\"y\"}\nnot json\n");

        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void BigQuery_CarriesTheConfigValues()
    {
        var rules = Rules(minCommits: 25, minMerges: 1, excludeBots: true, new ExcludedAccount(9100001, "bot", "bot", 1)) with { Organizations = ["NixOS", "NixCon"] };

        var sql = BigQueryRule.Sql(rules);

        Assert.Contains("FROM `githubarchive.day.*`", sql, StringComparison.Ordinal);
        Assert.Contains("_TABLE_SUFFIX BETWEEN '20231231' AND '20250102'", sql, StringComparison.Ordinal);
        Assert.Contains("IN ('nixos', 'nixcon')", sql, StringComparison.Ordinal);
        Assert.Contains("merged_at >= TIMESTAMP '2024-01-01 00:00:00 UTC' AND merged_at < TIMESTAMP '2025-01-01 00:00:00 UTC'", sql, StringComparison.Ordinal);
        Assert.Contains("WHERE id NOT IN (9100001)", sql, StringComparison.Ordinal);
        Assert.Contains("(SUM(commits) >= 25 OR SUM(merges) >= 1)", sql, StringComparison.Ordinal);
        Assert.Contains("'[bot]'", sql, StringComparison.Ordinal);
        Assert.Equal(sql.Count(c => c == '('), sql.Count(c => c == ')'));
        Assert.Equal(0, sql.Count(c => c == '\'') % 2);
        Assert.EndsWith("ORDER BY id;\n", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-01-01-0.json.gz", true, 0)]
    [InlineData("2024-01-01-23.json.gz", true, 23)]
    [InlineData("2024-01-01-05.json.gz", true, 5)]
    [InlineData("2024-01-01-24.json.gz", false, 0)]
    [InlineData("2024-1-01-3.json.gz", false, 0)]
    [InlineData("2024-01-01-3.json", false, 0)]
    public void ArchiveHours_ReadsGhArchiveNames(string name, bool ok, int hour)
    {
        Assert.Equal(ok, ArchiveHours.TryParse(name, out var at));
        if (ok)
        {
            Assert.Equal(From.AddHours(hour), at);
        }
    }

    [Fact]
    public void ArchiveHours_MissingBetweenFirstAndLast_ClippedToTheWindow()
    {
        DateTimeOffset[] present = [From.AddHours(-5), From, From.AddHours(3), Until.AddHours(2)];

        var missing = ArchiveHours.Missing(present, From.AddHours(1), From.AddHours(4));

        Assert.Equal([From.AddHours(1), From.AddHours(2)], missing);
        Assert.Equal("2024-01-01-1.json.gz", ArchiveHours.Name(missing[0]));
    }
}
