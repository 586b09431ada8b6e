using Elections.Core.Configuration;
using Elections.Core.Timeline;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Configuration;

/// <summary>Whole-file cases of <see cref="ElectionConfigParser"/>: syntax, empty and odd documents, and good variants.</summary>
public sealed class ElectionConfigParserStructureTests
{
    [Fact]
    public void Parse_MalformedYaml_ReportsOneProblemWithLineAndColumn()
    {
        var text = SampleConfig.With("seats: 7", "seats: [7");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(SampleConfig.File, problem.File);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", problem.Message, StringComparison.Ordinal);
        Assert.Equal(SampleConfig.LineOf(text, "seats: [7"), problem.Line);
        Assert.True(problem.Column > 0);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsSyntaxProblemWithLine()
    {
        var text = SampleConfig.With("name: Example Co-op Steering Committee Election 2026", "name: \"Example");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Contains("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void Parse_BadIndentation_ReportsTheLine()
    {
        const string text = "name: x\nslug: y\n  bad: indentation\n";

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(3, problem.Line);
        Assert.Contains("YAML syntax error", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsSyntaxProblemAtTheDuplicate()
    {
        var text = SampleConfig.With("seats: 7", "seats: 7\nseats: 8");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Contains("Duplicate key", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SampleConfig.LineOf(text, "seats: 8"), problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Parse_EmptyFile_ReportsEmptyFile(string text)
    {
        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(0, problem.Line);
        Assert.Contains("the file is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyComments_ReportsNoDocument()
    {
        var problem = Assert.Single(SampleConfig.Parse("# nothing here\n# at all\n").Problems);

        Assert.Contains("no YAML document", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- a\n- b\n", "got a list")]
    [InlineData("just text\n", "got \"just text\"")]
    public void Parse_NonMappingRoot_ReportsTopLevelMustBeMapping(string text, string got)
    {
        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(1, problem.Line);
        Assert.Contains("the top level must be a mapping", problem.Message, StringComparison.Ordinal);
        Assert.Contains(got, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecondDocument_ReportsIt()
    {
        var text = SampleConfig.Text + "---\nname: other\n";

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal(SampleConfig.LineOf(text, "name: other"), problem.Line);
        Assert.Contains("more than one YAML document", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidFile_GetValidConfigThrowsWithEveryProblem()
    {
        var text = SampleConfig.With("seats: 7", "seats: 0\nbanana: 1");

        var result = SampleConfig.Parse(text);
        var exception = Assert.Throws<InvalidInputException>(result.GetValidConfig);

        Assert.Equal(2, exception.Problems.Count);
        Assert.Equal(result.Problems, exception.Problems);
    }

    [Fact]
    public void Parse_ProblemToString_IsFileLineFieldMessage()
    {
        var text = SampleConfig.With("seats: 7", "seats: 0");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal($"config/election.yml:{SampleConfig.LineOf(text, "seats: 0")}: seats: must be between 1 and 1000, got 0: change it to a number in that range",
            problem.ToString());
    }

    [Fact]
    public void Parse_ExactInstantWithOffset_IsKeptExactly()
    {
        var text = SampleConfig.With("voting_closes: 2026-10-25", "voting_closes: 2026-10-25T18:00:00+02:00");

        var deadline = SampleConfig.Valid(text).Timeline.VotingCloses;

        Assert.Null(deadline.AoeDate);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 16, 0, 0, TimeSpan.Zero), deadline.Utc);
        Assert.Equal("2026-10-25 18:00 +02:00 (2026-10-25 16:00 UTC)", deadline.ToString());
    }

    [Fact]
    public void Parse_EligibilityWindowAsInstant_IsUsedAsWritten()
    {
        var text = SampleConfig.With("contributions_from: 2022-08-01", "contributions_from: 2022-08-01T00:00:01Z");

        var from = SampleConfig.Valid(text).Eligibility.ContributionsFrom;

        Assert.Equal(new DateTimeOffset(2022, 8, 1, 0, 0, 1, TimeSpan.Zero), from);
    }

    [Theory]
    [InlineData("channels: [review, comment]", "channels: [comment]")]
    [InlineData("channels: [review, comment]", "channels:\n    - review")]
    [InlineData("tls: starttls", "tls: tls")]
    [InlineData("smtp_host: smtp.example.org\n  smtp_port: 587\n  tls: starttls", "smtp_host: localhost\n  smtp_port: 1025\n  tls: none")]
    [InlineData("method: meek", "method: civs-proportional")]
    [InlineData("method: meek", "method: ranked-pairs")]
    [InlineData("external: none", "external: opavote")]
    [InlineData("min_merges_performed: 1", "min_merges_performed: 0")]
    [InlineData("voter_roll_freeze: 2026-10-04", "voter_roll_freeze: 2026-09-14")]
    [InlineData("nominations_close: 2026-09-27", "nominations_close: 2026-09-14")]
    [InlineData("questions_close: 2026-10-01", "questions_close: 2026-09-29")]
    [InlineData("password_env: ELECTIONS_SMTP_PASSWORD", "password_env: SMTP_PASSWORD_2026")]
    [InlineData("login: release-bot[bot]", "login: \"release-bot[bot]\"")]
    [InlineData("seats: 7", "seats: \"7\"")]
    [InlineData("# approval_threshold: 2/3 ", "approval_threshold: 2/3 ")]
    [InlineData("# approval_threshold: 2/3 ", "approval_threshold: 50% ")]
    [InlineData("# approval_threshold: 2/3 ", "approval_threshold: 1 ")]
    [InlineData("  max_elected_per_group: 1", "  max_elected_per_group: 2")]
    [InlineData("name: Example Co-op Steering Committee Election 2026", "name: 2026")]
    public void Parse_GoodVariant_HasNoProblems(string find, string replace)
    {
        var result = SampleConfig.Parse(SampleConfig.With(find, replace));

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_VotingExactlyAtMaximum_IsAllowed()
    {
        var text = SampleConfig.With("voting_closes: 2026-10-25", "voting_closes: 2026-12-03");
        text = SampleConfig.With(text, "results: 2026-10-27", "results: 2026-12-05");

        var timeline = SampleConfig.Valid(text).Timeline;

        Assert.Equal(TimeSpan.FromDays(60), timeline.VotingPeriod);
    }

    [Fact]
    public void Parse_ApprovalThreshold_IsExactFraction()
    {
        var text = SampleConfig.With("# approval_threshold: 2/3 ", "approval_threshold: 66.5% ");
        text = SampleConfig.With(text, "# approval_rule: at-least ", "approval_rule: more-than ");

        var threshold = SampleConfig.Valid(text).Voting.ApprovalThreshold;

        Assert.Equal(new ApprovalThreshold(133, 200, Strict: true), threshold);
    }

    [Fact]
    public void Parse_PasswordEnvRenamed_SecretMessageNamesTheRenamedVariable()
    {
        var text = SampleConfig.With("password_env: ELECTIONS_SMTP_PASSWORD", "password_env: MY_SMTP_SECRET_VALUE\n  password: x");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal("mail.password", problem.Field);
        Assert.Contains("environment variable MY_SMTP_SECRET_VALUE", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExactInstantOutOfOrder_SuggestsAnInstant()
    {
        var text = SampleConfig.With("nominations_close: 2026-09-27", "nominations_close: 2026-09-14T11:00:00Z");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal("timeline.nominations_close", problem.Field);
        Assert.Contains("move nominations_close to 2026-09-14T12:00:00Z or later", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKeySuggestingMissingRequiredKey_ReportsOnlyTheUnknownKey()
    {
        var text = SampleConfig.With("seats: 7", "seat: 7");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal("seat", problem.Field);
        Assert.Contains("did you mean 'seats'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnreadableDate_DoesNotAlsoReportOrder()
    {
        var text = SampleConfig.With("voting_opens: 2026-10-05", "voting_opens: next monday");

        var problem = Assert.Single(SampleConfig.Parse(text).Problems);

        Assert.Equal("timeline.voting_opens", problem.Field);
    }

    [Fact]
    public void Parse_Terms_AssignYearsByPlace()
    {
        var config = SampleConfig.Valid(SampleConfig.Text);

        Assert.True(config.TryGetTermYears(1, out var first));
        Assert.True(config.TryGetTermYears(4, out var fourth));
        Assert.True(config.TryGetTermYears(5, out var fifth));
        Assert.True(config.TryGetTermYears(7, out var seventh));
        Assert.False(config.TryGetTermYears(8, out _));
        Assert.False(config.TryGetTermYears(0, out _));
        Assert.Equal([2, 2, 1, 1], new[] { first, fourth, fifth, seventh });
    }

    [Fact]
    public void Parse_Counting_MapsToTallyOptions()
    {
        var text = SampleConfig.With("quota: default", "quota: fractional");
        text = SampleConfig.With(text, "unranked: default", "unranked: last");

        var options = SampleConfig.Valid(text).Counting.ToTallyOptions(7);

        Assert.Equal(7, options.Seats);
        Assert.Equal(Elections.Core.Tally.QuotaKind.Fractional, options.Quota);
        Assert.Equal(Elections.Core.Tally.UnrankedPolicy.Last, options.Unranked);
    }

    [Fact]
    public void Parse_SampleFile_IsAllAoeDates()
    {
        var timeline = SampleConfig.Valid(SampleConfig.Text).Timeline;

        Assert.All(timeline.Entries, entry => Assert.NotNull(entry.Deadline.AoeDate));
        Assert.Equal(DeadlineBoundary.Opening, timeline.Kickoff.Boundary);
        Assert.Equal(DeadlineBoundary.Closing, timeline.Results.Boundary);
    }
}
