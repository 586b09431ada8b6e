using Elections.Core.Configuration;
using Elections.Core.Tally;
using Elections.Core.Timeline;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Configuration;

public sealed class ElectionConfigParserTests
{
    [Fact]
    public void Parse_SampleFile_HasNoProblems()
    {
        var result = SampleConfig.Parse(SampleConfig.Text);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_SampleFile_ReadsEveryField()
    {
        var config = SampleConfig.Valid(SampleConfig.Text);

        Assert.Equal("Example Co-op Steering Committee Election 2026", config.Name);
        Assert.Equal("sc-2026", config.Slug);
        Assert.Equal("examplecoop", config.Organization);
        Assert.Equal("sc-election-2026", config.Repository);
        Assert.Equal("voters-2026", config.VotersTeam);
        Assert.Equal([5100001L, 5100002L, 5100003L], config.Officials.Select(o => o.Id));
        Assert.Equal("omar-ec", config.Officials[1].Login);
        Assert.Equal(7, config.Seats);
        Assert.Equal("meek", config.Counting.Method);
        Assert.Equal(ExternalTool.None, config.Counting.External);
        Assert.Equal([(4, 2), (3, 1)], config.Terms.Select(t => (t.Seats, t.Years)));
        Assert.Equal(new DateTimeOffset(2022, 8, 1, 0, 0, 0, TimeSpan.Zero), config.Eligibility.ContributionsFrom);
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), config.Eligibility.ContributionsUntil);
        Assert.Equal(["examplecoop"], config.Eligibility.Organizations);
        Assert.Equal(25, config.Eligibility.MinCommitsInMergedPullRequests);
        Assert.Equal(1, config.Eligibility.MinMergesPerformed);
        Assert.True(config.Eligibility.ExcludeBots);
        Assert.Equal("blocked by the organization on 2026-08-01", config.Eligibility.ExcludedAccounts[1].Reason);
        Assert.Equal("release-bot[bot]", config.Eligibility.ExcludedAccounts[0].Login);
        Assert.True(config.Nominations.SelfNomination);
        Assert.True(config.Nominations.AcceptanceRequired);
        Assert.Equal(3, config.Endorsements.MinEndorsers);
        Assert.Equal(4, config.Endorsements.MinIndependent);
        Assert.Equal([EndorsementChannel.Review, EndorsementChannel.Comment], config.Endorsements.Channels);
        Assert.Equal("!endorse", config.Endorsements.CommentCommand);
        Assert.Equal(1, config.ConflictsOfInterest.MaxElectedPerGroup);
        Assert.Equal(2, config.ConflictsOfInterest.HardMaxPerGroup);
        Assert.Equal("enough endorsements", config.Labels.EnoughEndorsements);
        Assert.Equal("elections@example.org", config.Mail.From);
        Assert.Equal("smtp.example.org", config.Mail.SmtpHost);
        Assert.Equal(587, config.Mail.SmtpPort);
        Assert.Equal(TlsMode.StartTls, config.Mail.Tls);
        Assert.Equal("elections", config.Mail.User);
        Assert.Equal("ELECTIONS_SMTP_PASSWORD", config.Mail.PasswordEnv);
        Assert.Equal(60, config.Voting.MaxPeriodDays);
        Assert.Null(config.Voting.ApprovalThreshold);
    }

    [Fact]
    public void Parse_SampleFile_ReadsTimelineAsAoe()
    {
        var timeline = SampleConfig.Valid(SampleConfig.Text).Timeline;

        Assert.Equal(new DateTimeOffset(2026, 9, 14, 12, 0, 0, TimeSpan.Zero), timeline.Kickoff.Utc);
        Assert.Equal(new DateTimeOffset(2026, 9, 28, 12, 0, 0, TimeSpan.Zero), timeline.NominationsClose.Utc);
        Assert.Equal(new DateOnly(2026, 9, 27), timeline.NominationsClose.AoeDate);
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero), timeline.VoterRollFreeze.Utc);
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero), timeline.VotingOpens.Utc);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero), timeline.VotingCloses.Utc);
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 12, 0, 0, TimeSpan.Zero), timeline.Results.Utc);
    }

    [Fact]
    public void Parse_SampleFile_KeepsLineOfEveryFieldAndItem()
    {
        var text = SampleConfig.Text;
        var source = SampleConfig.Valid(text).Source;

        Assert.Equal(SampleConfig.LineOf(text, "seats: 7"), source.LineOf("seats"));
        Assert.Equal(SampleConfig.LineOf(text, "voting_closes: 2026-10-25"), source.LineOf("timeline.voting_closes"));
        Assert.Equal(SampleConfig.LineOf(text, "- id: 5100002"), source.LineOf("officials[1]"));
        Assert.Equal(SampleConfig.LineOf(text, "- id: 5100002"), SampleConfig.Valid(text).Officials[1].Line);
        Assert.Equal(SampleConfig.LineOf(text, "login: spammer-9000"), source.LineOf("eligibility.excluded_accounts[1].login"));
        Assert.Equal(SampleConfig.LineOf(text, "min_endorsers: 3"), source.LineOf("endorsements.min_endorsers"));
    }

    [Fact]
    public void Parse_MinimalFile_UsesDocumentedDefaults()
    {
        const string text = """
            name: Minimal
            slug: minimal
            organization: org
            repository: repo
            voters_team: voters
            officials: [{id: 1, login: one}]
            seats: 1
            counting: {method: schulze}
            timeline:
              kickoff: 2026-01-01
              nominations_close: 2026-01-10
              endorsements_close: 2026-01-10
              questions_close: 2026-01-10
              answers_close: 2026-01-10
              voter_roll_freeze: 2026-01-10
              voting_opens: 2026-01-11
              voting_closes: 2026-01-20
              results: 2026-01-20
            eligibility: {contributions_from: 2025-01-01, contributions_until: 2026-01-01}
            mail: {from: e@example.org, smtp_host: localhost}
            """;

        var config = SampleConfig.Valid(text);

        Assert.Equal(["org"], config.Eligibility.Organizations);
        Assert.Equal(3, config.Endorsements.MinEndorsers);
        Assert.Equal(4, config.Endorsements.MinIndependent);
        Assert.Equal(1, config.ConflictsOfInterest.MaxElectedPerGroup);
        Assert.Equal(60, config.Voting.MaxPeriodDays);
        Assert.Equal("nomination", config.Labels.Nomination);
        Assert.Equal(QuotaKind.Default, config.Counting.Quota);
        Assert.Empty(config.Terms);
        Assert.False(config.Source.IsWritten("endorsements.min_endorsers"));
        Assert.Equal(0, config.Source.LineOf("endorsements.min_endorsers"));
    }

    [Fact]
    public void Parse_FiveDistinctErrors_ReportsAllFiveInFileOrder()
    {
        var text = SampleConfig.With("seats: 7", "seats: 0");
        text = SampleConfig.With(text, "voting_closes: 2026-10-25", "votng_closes: 2026-10-25");
        text = SampleConfig.With(text, "kickoff: 2026-09-14", "kickoff: soon");
        text = SampleConfig.With(text, "exclude_bots: true", "exclude_bots: yes");
        text = SampleConfig.With(text, "  user: elections", "  user: elections\n  password: hunter2");

        var problems = SampleConfig.Parse(text).Problems;

        Assert.Equal(5, problems.Count);
        Assert.Equal(["timeline.kickoff", "timeline.votng_closes", "seats", "eligibility.exclude_bots", "mail.password"],
            problems.Select(p => p.Field));
        Assert.Equal(problems.OrderBy(p => p.Line).Select(p => p.Line), problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.Equal(SampleConfig.File, p.File));
    }

    [Theory]
    // unknown keys, with and without a suggestion
    [InlineData("voting_closes: 2026-10-25", "votng_closes: 2026-10-25", "timeline.votng_closes", "did you mean 'voting_closes'?")]
    [InlineData("seats: 7", "seats: 7\nbanana: 1", "banana", "unknown key 'banana': allowed: name, slug", "banana: 1")]
    [InlineData("  min_endorsers: 3", "  min-endorsers: 3", "endorsements.min-endorsers", "did you mean 'min_endorsers'?")]
    // wrong types
    [InlineData("seats: 7", "seats: seven", "seats", "wrong type: expected a whole number like 1, got \"seven\"")]
    [InlineData("seats: 7", "seats: 7.5", "seats", "expected a whole number")]
    [InlineData("kickoff: 2026-09-14", "kickoff: soon", "timeline.kickoff", "wrong type: expected a date YYYY-MM-DD (Anywhere on Earth) or an instant with an offset, YYYY-MM-DDTHH:MM:SSZ, got \"soon\"")]
    [InlineData("exclude_bots: true", "exclude_bots: yes", "eligibility.exclude_bots", "expected true or false, got \"yes\"")]
    [InlineData("organizations: [examplecoop]", "organizations: examplecoop", "eligibility.organizations", "expected a list (lines starting with '- '), got \"examplecoop\"")]
    [InlineData("name: Example Co-op Steering Committee Election 2026", "name: [a, b]", "name", "expected text, got a list")]
    [InlineData("  smtp_port: 587", "  smtp_port: {a: 1}", "mail.smtp_port", "got a mapping")]
    [InlineData("  - id: 5100002\n    login: omar-ec", "  - omar-ec", "officials[1]", "expected a mapping of keys (id, login)")]
    // missing values
    [InlineData("name: Example Co-op Steering Committee Election 2026\n", "", "name", "missing: add 'name:", "slug: sc-2026")]
    [InlineData("results: 2026-10-27 ", "", "timeline.results", "missing: add 'results: YYYY-MM-DD' under 'timeline:'", "timeline:")]
    [InlineData("name: Example Co-op Steering Committee Election 2026", "name:", "name", "missing: add 'name:")]
    [InlineData("  - id: 5100002\n", "  - ", "officials[1].id", "missing: add 'id: <numeric GitHub id>' under 'officials[1]:'", "login: omar-ec")]
    // dates
    [InlineData("kickoff: 2026-09-14", "kickoff: 2026-02-30", "timeline.kickoff", "impossible date 2026-02-30: February 2026 has 28 days")]
    [InlineData("kickoff: 2026-09-14", "kickoff: 2026-13-01", "timeline.kickoff", "there is no month 13")]
    [InlineData("kickoff: 2026-09-14", "kickoff: 2026-09-14T10:00", "timeline.kickoff", "has no UTC offset: add one (Z or +02:00)")]
    [InlineData("kickoff: 2026-09-14", "kickoff: 2026-09-14T25:00Z", "timeline.kickoff", "impossible instant")]
    [InlineData("nominations_close: 2026-09-27", "nominations_close: 2026-09-13", "timeline.nominations_close", "nominations_close 2026-09-13 AoE (2026-09-14 12:00 UTC) must be after kickoff 2026-09-14 AoE start of day (2026-09-14 12:00 UTC)")]
    [InlineData("endorsements_close: 2026-09-29", "endorsements_close: 2026-09-26", "timeline.endorsements_close", "move endorsements_close to 2026-09-27 or later")]
    [InlineData("questions_close: 2026-10-01", "questions_close: 2026-09-28", "timeline.questions_close", "at or after endorsements_close")]
    [InlineData("answers_close: 2026-10-04", "answers_close: 2026-09-30", "timeline.answers_close", "at or after questions_close")]
    [InlineData("voting_opens: 2026-10-05", "voting_opens: 2026-10-04", "timeline.voting_opens", "move voting_opens to 2026-10-05 or later")]
    [InlineData("voting_closes: 2026-10-25", "voting_closes: 2026-10-04", "timeline.voting_closes", "must be after voting_opens")]
    [InlineData("results: 2026-10-27", "results: 2026-10-24", "timeline.results", "at or after voting_closes")]
    [InlineData("voter_roll_freeze: 2026-10-04", "voter_roll_freeze: 2026-10-05", "timeline.voter_roll_freeze", "the roll must be final when voting opens); move voter_roll_freeze to 2026-10-04 or earlier")]
    [InlineData("voter_roll_freeze: 2026-10-04", "voter_roll_freeze: 2026-09-01", "timeline.voter_roll_freeze", "at or after kickoff")]
    [InlineData("voting_closes: 2026-10-25", "voting_closes: 2026-12-25", "timeline.voting_closes", "voting would last 82 days, more than voting.max_period_days (60): move voting_closes to 2026-12-03 or earlier")]
    [InlineData("max_period_days: 60", "max_period_days: 14", "timeline.voting_closes", "more than voting.max_period_days (14)", "voting_closes: 2026-10-25")]
    // seats, counting, terms
    [InlineData("seats: 7", "seats: 0", "seats", "must be between 1 and 1000, got 0")]
    [InlineData("method: meek", "method: shulze", "counting.method", "unknown value 'shulze': did you mean 'schulze'?")]
    [InlineData("method: meek", "method: borda", "counting.method", "allowed: plurality, approval, irv")]
    [InlineData("quota: default", "quota: hare", "counting.quota", "allowed: default, whole, fractional")]
    [InlineData("external: none", "external: opvote", "counting.external", "did you mean 'opavote'?")]
    [InlineData("  - seats: 3\n    years: 1", "  - seats: 2\n    years: 1", "terms", "cover 6 places but seats is 7", "terms:")]
    [InlineData("    years: 1", "    years: 0", "terms[1].years", "must be between 1 and 100, got 0", "years: 0")]
    // names
    [InlineData("slug: sc-2026", "slug: SC 2026", "slug", "'SC 2026' is not valid: use lower-case letters")]
    [InlineData("organization: examplecoop", "organization: example/coop", "organization", "write the organization's GitHub login")]
    [InlineData("repository: sc-election-2026", "repository: examplecoop/sc-election-2026", "repository", "without the organization")]
    [InlineData("voters_team: voters-2026", "voters_team: Voters 2026", "voters_team", "write the team's slug")]
    [InlineData("login: omar-ec", "login: omar ec", "officials[1].login", "write the GitHub login")]
    // accounts
    [InlineData("- id: 5100002", "- id: 5100001 ", "officials[1].id", "id 5100001 is listed twice (also officials[0] at line", "- id: 5100001 ")]
    [InlineData("- id: 5100002", "- id: -5", "officials[1].id", "must be at least 1, got -5")]
    [InlineData("- id: 9100002", "- id: 9100001 ", "eligibility.excluded_accounts[1].id", "listed twice", "- id: 9100001 ")]
    [InlineData("      reason: bot account\n", "", "eligibility.excluded_accounts[0].reason", "missing: add 'reason: bot account'", "- id: 9100001")]
    [InlineData("officials:\n  - id: 5100001\n    login: olivia-ec\n  - id: 5100002\n    login: omar-ec\n  - id: 5100003\n    login: oksana-ec", "officials: []", "officials", "the election committee is empty")]
    // eligibility
    [InlineData("contributions_until: 2026-08-01", "contributions_until: 2022-08-01", "eligibility.contributions_until", "the contribution window is empty")]
    [InlineData("contributions_until: 2026-08-01", "contributions_until: 2026-10-10", "eligibility.contributions_until", "ends after the voter roll freezes (2026-10-04 AoE (2026-10-05 12:00 UTC))")]
    [InlineData("min_commits_in_merged_pull_requests: 25\n  min_merges_performed: 1", "min_commits_in_merged_pull_requests: 0\n  min_merges_performed: 0", "eligibility", "every account would be eligible", "eligibility:")]
    [InlineData("min_merges_performed: 1", "min_merges_performed: -1", "eligibility.min_merges_performed", "must be at least 0")]
    [InlineData("organizations: [examplecoop]", "organizations: []", "eligibility.organizations", "no organization is listed")]
    // endorsements, conflicts
    [InlineData("min_endorsers: 3", "min_endorsers: 0", "endorsements.min_endorsers", "must be at least 1, got 0")]
    [InlineData("min_independent: 4", "min_independent: 0", "endorsements.min_independent", "must be at least 1, got 0")]
    [InlineData("channels: [review, comment]", "channels: [review, coment]", "endorsements.channels[1]", "did you mean 'comment'?")]
    [InlineData("channels: [review, comment]", "channels: []", "endorsements.channels", "no endorsement channel is enabled")]
    [InlineData("channels: [review, comment]", "channels: [review, review]", "endorsements.channels", "listed twice")]
    [InlineData("  max_elected_per_group: 1", "  max_elected_per_group: 3", "conflicts_of_interest.hard_max_per_group", "raise it to at least 3", "hard_max_per_group: 2")]
    [InlineData("  max_elected_per_group: 1", "  max_elected_per_group: 0", "conflicts_of_interest.max_elected_per_group", "must be at least 1")]
    // labels
    [InlineData("question: question", "question: nomination", "labels.question", "'nomination' is also the nomination label")]
    [InlineData("announcement: announcement", "announcement: an-announcement-label-name-that-is-far-too-long-for-github", "labels.announcement", "GitHub allows at most 50")]
    // mail
    [InlineData("from: elections@example.org", "from: elections", "mail.from", "write one address")]
    [InlineData("smtp_host: smtp.example.org", "smtp_host: smtp://smtp.example.org", "mail.smtp_host", "without scheme or port")]
    [InlineData("smtp_port: 587", "smtp_port: 70000", "mail.smtp_port", "must be between 1 and 65535")]
    [InlineData("tls: starttls", "tls: ssl", "mail.tls", "allowed: starttls, tls, none")]
    [InlineData("tls: starttls", "tls: none", "mail.tls", "unencrypted to smtp.example.org")]
    [InlineData("password_env: ELECTIONS_SMTP_PASSWORD", "password_env: smtp password", "mail.password_env", "write an environment variable name")]
    // secrets
    [InlineData("  user: elections", "  user: elections\n  password: hunter2", "mail.password", "a secret must not be written into the file", "password: hunter2")]
    [InlineData("  user: elections", "  user: elections\n  smtp_password: hunter2", "mail.smtp_password", "environment variable ELECTIONS_SMTP_PASSWORD", "smtp_password: hunter2")]
    [InlineData("seats: 7", "seats: 7\ngithub_token: ghp_abc", "github_token", "a secret must not be written into the file", "github_token: ghp_abc")]
    [InlineData("seats: 7", "seats: 7\nextra:\n  deep:\n    private_key: abc", "extra.deep.private_key", "a secret must not be written", "private_key: abc")]
    // YAML tags where text was meant
    [InlineData("comment_command: \"!endorse\"", "comment_command: !vote", "endorsements.comment_command", "put the value in quotes, like \"!vote\"")]
    // voting
    [InlineData("# approval_threshold: 2/3 ", "approval_threshold: 3/2 ", "voting.approval_threshold", "write a share above 0 and at most 1")]
    [InlineData("# approval_threshold: 2/3 ", "approval_threshold: lots ", "voting.approval_threshold", "as a fraction (2/3)")]
    [InlineData("# approval_rule: at-least ", "approval_rule: atleast ", "voting.approval_rule", "did you mean 'at-least'?")]
    [InlineData("max_period_days: 60", "max_period_days: 0", "voting.max_period_days", "must be between 1 and 3660")]
    public void Parse_BadValue_ReportsFileLineFieldAndFix(string find, string replace, string field, string message, string? at = null)
    {
        var text = SampleConfig.With(find, replace);

        var result = SampleConfig.Parse(text);

        var problem = Assert.Single(result.Problems, p => p.Field == field);
        Assert.Equal(SampleConfig.File, problem.File);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(SampleConfig.LineOf(text, at ?? replace.Trim().Split('\n')[0]), problem.Line);
        Assert.False(result.IsValid);
        Assert.False(result.TryGetConfig(out _));
    }
}
