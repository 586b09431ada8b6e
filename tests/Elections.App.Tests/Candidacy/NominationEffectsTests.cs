using Elections.App.Candidacy;
using Elections.App.Effects;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Tests.Support;

namespace Elections.App.Tests.Candidacy;

public sealed class NominationEffectsTests
{
    private static readonly ElectionConfig Config = ElectionConfigParser.Parse(SampleElection.Files[ElectionLayout.ConfigPath], ElectionLayout.ConfigPath).GetValidConfig();

    private static readonly NominationAssessment Assessment = NominationAssessor.Assess(
        new NominationFacts
        {
            Number = 5,
            Author = new Person(1000011, "kavya-iyer"),
            CreatedAt = new DateTimeOffset(2026, 9, 20, 0, 0, 0, TimeSpan.Zero),
            State = PullRequestState.Open,
            HeadSha = "abc",
            Files = [new ChangedFile("candidates/jamal-bakr.md", FileChange.Added)],
            Comments = [new CommentFact(9, new Person(1000011, "kavya-iyer"), "!accept", new DateTimeOffset(2026, 9, 20, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 9, 20, 1, 0, 0, TimeSpan.Zero))],
        },
        new CandidacyElection { Config = Config, Roll = ElectionSnapshotReader.Read(new ElectionSources
        {
            Config = SourceEntry.OfText(ElectionLayout.ConfigPath, SampleElection.Files[ElectionLayout.ConfigPath]),
            Roll = SourceEntry.OfText(ElectionLayout.RollPath, SampleElection.Files[ElectionLayout.RollPath]),
        }).Roll });

    private static PullRequest Pull(params string[] labels) => new()
    {
        Number = 5,
        Title = "Nominate Jamal",
        IsOpen = true,
        Author = new GitHubUser { Id = 1000011, Login = "kavya-iyer" },
        HeadSha = "abc",
        BaseSha = "base",
        Labels = labels,
    };

    [Fact]
    public void Plan_FreshPullRequest_CreatesTheCheckAddsTheNominationLabelAndRepliesOnce()
    {
        var effects = NominationEffects.Plan(Assessment, Pull(), existing: null, Config.Labels, "o/r", "d1");

        var check = Assert.IsType<CheckRunEffect>(effects[0]);
        Assert.Null(check.ExistingRunId);
        Assert.Equal(("nomination", CheckRunConclusion.Neutral), (check.Run.Name, check.Run.Conclusion));
        Assert.Equal(["nomination"], Assert.IsType<LabelsEffect>(effects[1]).Add);
        Assert.Equal("nomination-reply:o/r#5:comment:9:not-nominee", Assert.IsType<CommentEffect>(effects[2]).IdempotencyKey);
    }

    [Fact]
    public void Plan_EverythingAlreadyInPlace_PlansOnlyTheReplyWhoseKeyIsStable()
    {
        var run = new CheckRun
        {
            Id = 77,
            Name = "nomination",
            HeadSha = "abc",
            Conclusion = CheckRunConclusion.Neutral,
            Title = Assessment.Check.Title,
            Summary = Assessment.Check.Summary,
        };

        var effects = NominationEffects.Plan(Assessment, Pull("Nomination", "enough endorsements"), run, Config.Labels, "o/r", "d2");

        Assert.Equal(["enough endorsements"], Assert.IsType<LabelsEffect>(effects[0]).Remove);
        Assert.Equal("nomination-reply:o/r#5:comment:9:not-nominee", Assert.IsType<CommentEffect>(Assert.Single(effects, e => e is CommentEffect)).IdempotencyKey);
        Assert.DoesNotContain(effects, e => e is CheckRunEffect);
    }
}
