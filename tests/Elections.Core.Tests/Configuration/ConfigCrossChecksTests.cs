using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

public sealed class ConfigCrossChecksTests
{
    private static readonly ElectionConfig Config = SampleConfig.Valid(SampleConfig.Text);

    private static readonly long[] Roll = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public void Check_ConsistentRollAndNominees_HasNoProblems()
    {
        var problems = ConfigCrossChecks.Check(Config, Roll.Length);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_RollJustLargeEnough_HasNoProblems()
    {
        var problems = ConfigCrossChecks.Check(Config, 4);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_MinEndorsersAboveRoll_PointsAtMinEndorsers()
    {
        var problem = Assert.Single(ConfigCrossChecks.Check(Config, 3), p => p.Field == "endorsements.min_endorsers");

        Assert.Equal(SampleConfig.File, problem.File);
        Assert.Equal(SampleConfig.LineOf(SampleConfig.Text, "min_endorsers: 3"), problem.Line);
        Assert.Contains("lower min_endorsers to at most 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MinIndependentAboveRoll_PointsAtMinIndependent()
    {
        var problem = Assert.Single(ConfigCrossChecks.Check(Config, 3), p => p.Field == "endorsements.min_independent");

        Assert.Equal(SampleConfig.LineOf(SampleConfig.Text, "min_independent: 4"), problem.Line);
        Assert.Contains("lower min_independent to at most 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BothMinimumsUnreachable_ReportsBothInFileOrder()
    {
        var problems = ConfigCrossChecks.Check(Config, 2);

        Assert.Equal(["endorsements.min_endorsers", "endorsements.min_independent"], problems.Select(p => p.Field));
    }

    [Fact]
    public void CheckFixedOnceVotingOpens_BeforeVotingOpens_AllowsChanges()
    {
        var changed = SampleConfig.Valid(SampleConfig.With("method: meek", "method: schulze"));
        var justBefore = Config.Timeline.VotingOpens.Utc.AddTicks(-1);

        Assert.Empty(ConfigCrossChecks.CheckFixedOnceVotingOpens(Config, changed, justBefore));
    }

    [Fact]
    public void CheckFixedOnceVotingOpens_UnchangedDuringVoting_HasNoProblems()
    {
        var same = SampleConfig.Valid(SampleConfig.With("voting_closes: 2026-10-25", "voting_closes: 2026-10-26"));

        Assert.Empty(ConfigCrossChecks.CheckFixedOnceVotingOpens(Config, same, Config.Timeline.VotingOpens.Utc));
    }

    [Fact]
    public void CheckFixedOnceVotingOpens_ThresholdAndMethodChangedAtOpening_ReportsBoth()
    {
        var text = SampleConfig.With("method: meek", "method: schulze");
        text = SampleConfig.With(text, "# approval_threshold: 2/3 ", "approval_threshold: 2/3 ");
        var changed = SampleConfig.Valid(text);

        var problems = ConfigCrossChecks.CheckFixedOnceVotingOpens(Config, changed, Config.Timeline.VotingOpens.Utc);

        Assert.Equal(["counting", "voting.approval_threshold"], problems.Select(p => p.Field));
        Assert.Equal(SampleConfig.LineOf(text, "approval_threshold: 2/3"), problems[1].Line);
        Assert.Contains("changed after voting opened", problems[0].Message, StringComparison.Ordinal);
    }
}
