using Elections.Core.Tally;
using Elections.Core.Timeline;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// Builds the typed <see cref="ElectionConfig"/> from the YAML nodes, section by section. Fields that
/// cannot be read are reported and replaced by a placeholder, so reading always reaches the end.
/// </summary>
internal static class ElectionConfigReader
{
    private static readonly DateOnly PlaceholderDate = new(2000, 1, 1);

    public static ElectionConfig Read(ReadContext context, YamlMappingNode root)
    {
        var top = new YamlSection(context, root, "", checked((int)root.Start.Line), ConfigKeys.Root);
        var organization = top.String("organization", "organization: <organization-login>");
        var seats = top.Int("seats", "seats: 7", 1, 1, 1000);
        return new ElectionConfig
        {
            Name = top.String("name", "name: <the election's title>"),
            Slug = top.String("slug", "slug: <short-id>"),
            Organization = organization,
            Repository = top.String("repository", "repository: <this repository's name>"),
            VotersTeam = top.String("voters_team", "voters_team: <team-slug>"),
            Officials = ReadAccounts(top, "officials", "officials: [{id: <numeric GitHub id>, login: <login>}]"),
            Timeline = ReadTimeline(top.Section("timeline", ConfigKeys.Timeline, "timeline: (kickoff, nominations_close, ...)")),
            Seats = seats,
            Counting = ReadCounting(top.Section("counting", ConfigKeys.Counting, "counting: {method: meek}")),
            Terms = ReadTerms(top),
            Eligibility = ReadEligibility(top.Section("eligibility", ConfigKeys.Eligibility, "eligibility: (contributions_from, contributions_until, ...)"), organization),
            Nominations = ReadNominations(top.Section("nominations", ConfigKeys.Nominations, null)),
            Endorsements = ReadEndorsements(top.Section("endorsements", ConfigKeys.Endorsements, null)),
            ConflictsOfInterest = ReadConflicts(top.Section("conflicts_of_interest", ConfigKeys.ConflictsOfInterest, null)),
            Labels = ReadLabels(top.Section("labels", ConfigKeys.Labels, null)),
            Mail = ReadMail(top.Section("mail", ConfigKeys.Mail, "mail: (from, smtp_host, ...)")),
            Announcements = ReadAnnouncements(top.Section("announcements", ConfigKeys.Announcements, null)),
            Voting = ReadVoting(top.Section("voting", ConfigKeys.Voting, null)),
            Results = ReadResults(top.Section("results", ConfigKeys.Results, null)),
            Source = context.SourceMap(),
        };
    }

    private static List<GitHubAccount> ReadAccounts(YamlSection parent, string key, string? example)
    {
        var accounts = new List<GitHubAccount>();
        foreach (var (node, field) in parent.List(key, example))
        {
            var item = new YamlSection(parent.Context, node, field, checked((int)node.Start.Line), ConfigKeys.Account);
            accounts.Add(new GitHubAccount(item.Id("id", "id: <numeric GitHub id>"), item.String("login", "login: <login>"), item.Line));
        }

        return accounts;
    }

    private static ElectionTimeline ReadTimeline(YamlSection section) => new()
    {
        Kickoff = ReadDeadline(section, "kickoff", DeadlineBoundary.Opening),
        NominationsClose = ReadDeadline(section, "nominations_close", DeadlineBoundary.Closing),
        EndorsementsClose = ReadDeadline(section, "endorsements_close", DeadlineBoundary.Closing),
        QuestionsClose = ReadDeadline(section, "questions_close", DeadlineBoundary.Closing),
        AnswersClose = ReadDeadline(section, "answers_close", DeadlineBoundary.Closing),
        VoterRollFreeze = ReadDeadline(section, "voter_roll_freeze", DeadlineBoundary.Closing),
        VotingOpens = ReadDeadline(section, "voting_opens", DeadlineBoundary.Opening),
        VotingCloses = ReadDeadline(section, "voting_closes", DeadlineBoundary.Closing),
        Results = ReadDeadline(section, "results", DeadlineBoundary.Closing),
    };

    private static Deadline ReadDeadline(YamlSection section, string key, DeadlineBoundary boundary)
    {
        if (section.TryGet(key, $"{key}: YYYY-MM-DD", out var node)
            && ValueReader.TryDateOrInstant(section.Context, node, section.Field(key), out var date, out var instant))
        {
            return instant is { } exact ? Deadline.Exact(exact, boundary) : Deadline.Aoe(date, boundary);
        }

        return Deadline.Aoe(PlaceholderDate, boundary);
    }

    /// <summary>A window bound: a plain date means 00:00 UTC that day.</summary>
    private static DateTimeOffset ReadUtcInstant(YamlSection section, string key, string example)
    {
        if (section.TryGet(key, example, out var node)
            && ValueReader.TryDateOrInstant(section.Context, node, section.Field(key), out var date, out var instant))
        {
            return instant ?? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.UnixEpoch;
    }

    private static CountingRules ReadCounting(YamlSection section) => new()
    {
        Method = section.Choice("method", "method: meek", CountingMethods.Names, "meek"),
        Quota = section.Choice("quota", null, ConfigKeys.Quota, "default") switch
        {
            "whole" => QuotaKind.Whole,
            "fractional" => QuotaKind.Fractional,
            _ => QuotaKind.Default,
        },
        Unranked = section.Choice("unranked", null, ConfigKeys.Unranked, "default") switch
        {
            "last" => UnrankedPolicy.Last,
            "incomparable" => UnrankedPolicy.Incomparable,
            _ => UnrankedPolicy.Default,
        },
        External = section.Choice("external", null, ConfigKeys.External, "none") switch
        {
            "opavote" => ExternalTool.OpaVote,
            "civs" => ExternalTool.Civs,
            _ => ExternalTool.None,
        },
    };

    private static List<TermGroup> ReadTerms(YamlSection top)
    {
        var terms = new List<TermGroup>();
        foreach (var (node, field) in top.List("terms", null))
        {
            var item = new YamlSection(top.Context, node, field, checked((int)node.Start.Line), ConfigKeys.Term);
            terms.Add(new TermGroup(item.Int("seats", "seats: 4", 1, 1, 1000), item.Int("years", "years: 2", 1, 1, 100), item.Line));
        }

        return terms;
    }

    private static EligibilityRules ReadEligibility(YamlSection section, string organization)
    {
        var excluded = new List<ExcludedAccount>();
        foreach (var (node, field) in section.List("excluded_accounts", null))
        {
            var item = new YamlSection(section.Context, node, field, checked((int)node.Start.Line), ConfigKeys.ExcludedAccount);
            excluded.Add(new ExcludedAccount(
                item.Id("id", "id: <numeric GitHub id>"),
                item.String("login", "login: <login>"),
                item.String("reason", "reason: bot account"),
                item.Line));
        }

        return new EligibilityRules
        {
            ContributionsFrom = ReadUtcInstant(section, "contributions_from", "contributions_from: 2022-08-01"),
            ContributionsUntil = ReadUtcInstant(section, "contributions_until", "contributions_until: YYYY-MM-DD"),
            Organizations = section.Strings("organizations", null, organization.Length == 0 ? [] : [organization]),
            MinCommitsInMergedPullRequests = section.Int("min_commits_in_merged_pull_requests", null, 25, 0),
            MinMergesPerformed = section.Int("min_merges_performed", null, 1, 0),
            ExcludeBots = section.Bool("exclude_bots", true),
            ExcludedAccounts = excluded,
            EmailSources = ReadEmailSources(section.Section("email_sources", ConfigKeys.EmailSources, null)),
        };
    }

    private static EmailSources ReadEmailSources(YamlSection section)
    {
        var defaults = new EmailSources();
        var order = new List<string>();
        if (section.Has("order"))
        {
            foreach (var (node, field) in section.List("order", null))
            {
                if (ValueReader.TryChoice(section.Context, node, field, ConfigKeys.EmailSourceNames, out var name))
                {
                    if (order.Contains(name))
                    {
                        section.Context.Report(node, field, $"'{name}' is listed twice; list each source once");
                    }

                    order.Add(name);
                }
            }
        }

        var sources = new EmailSources
        {
            Order = section.Has("order") ? order : defaults.Order,
            PreviousRoll = section.String("previous_roll", null),
            Maintainers = section.String("maintainers", null),
            Suppressed = section.Strings("suppressed", null, []),
        };
        foreach (var (source, path) in new[] { ("previous_roll", sources.PreviousRoll), ("maintainers", sources.Maintainers) })
        {
            if (section.Has("order") && order.Contains(source) && path.Length == 0)
            {
                section.Context.Report(section.Line, $"{section.Path}.{source}", $"'{source}' is in the order but no file is given: add {source}: PATH (relative to the repository) or drop it from the order");
            }
        }

        return sources;
    }

    private static NominationRules ReadNominations(YamlSection section) => new()
    {
        SelfNomination = section.Bool("self_nomination", true),
        AcceptanceRequired = section.Bool("acceptance_required", true),
        AcceptCommand = section.String("accept_command", null, "!accept"),
    };

    private static EndorsementRules ReadEndorsements(YamlSection section)
    {
        var channels = section.Has("channels")
            ? section.List("channels", null)
                .Select(item => ValueReader.TryChoice(section.Context, item.Node, item.Field, ConfigKeys.Channels, out var name)
                    ? (EndorsementChannel?)(name == "review" ? EndorsementChannel.Review : EndorsementChannel.Comment)
                    : null)
                .OfType<EndorsementChannel>()
                .ToList()
            : null;
        var defaults = new EndorsementRules();
        return new EndorsementRules
        {
            MinEndorsers = section.Int("min_endorsers", null, defaults.MinEndorsers, 1),
            MinIndependent = section.Int("min_independent", null, defaults.MinIndependent, 1),
            Channels = channels ?? defaults.Channels,
            CommentCommand = section.String("comment_command", null, defaults.CommentCommand),
        };
    }

    private static ConflictOfInterestRules ReadConflicts(YamlSection section)
    {
        var defaults = new ConflictOfInterestRules();
        return new ConflictOfInterestRules
        {
            MaxElectedPerGroup = section.Int("max_elected_per_group", null, defaults.MaxElectedPerGroup, 1),
            HardMaxPerGroup = section.Int("hard_max_per_group", null, defaults.HardMaxPerGroup, 1),
        };
    }

    private static LabelNames ReadLabels(YamlSection section)
    {
        var defaults = new LabelNames();
        return new LabelNames
        {
            Nomination = section.String("nomination", null, defaults.Nomination),
            EnoughEndorsements = section.String("enough_endorsements", null, defaults.EnoughEndorsements),
            NomineeAccepted = section.String("nominee_accepted", null, defaults.NomineeAccepted),
            Question = section.String("question", null, defaults.Question),
            NonEligibleQuestion = section.String("non_eligible_question", null, defaults.NonEligibleQuestion),
            Announcement = section.String("announcement", null, defaults.Announcement),
        };
    }

    private static MailSettings ReadMail(YamlSection section) => new()
    {
        From = section.String("from", "from: elections@example.org"),
        SmtpHost = section.String("smtp_host", "smtp_host: smtp.example.org"),
        SmtpPort = section.Int("smtp_port", null, 587, 1, 65535),
        Tls = section.Choice("tls", null, ConfigKeys.Tls, "starttls") switch
        {
            "tls" => TlsMode.Tls,
            "none" => TlsMode.None,
            _ => TlsMode.StartTls,
        },
        User = section.String("user", null),
        PasswordEnv = section.String("password_env", null, MailSettings.DefaultPasswordEnv),
        Connections = section.Int("connections", null, MailSettings.DefaultConnections, 1, 32),
        RatePerSecond = section.Int("rate_per_second", null, 0, 0, 100_000),
        MaxConsecutiveFailures = section.Int("max_consecutive_failures", null, MailSettings.DefaultMaxConsecutiveFailures, 0, 1_000_000),
    };

    private static AnnouncementSettings ReadAnnouncements(YamlSection section)
    {
        var configured = section.Has("reminders");
        var reminders = section.Section("reminders", ConfigKeys.Reminders, null);
        return new AnnouncementSettings
        {
            SiteRepository = section.String("site_repository", null),
            SitePath = section.String("site_path", null, AnnouncementSettings.DefaultSitePath),
            DiscourseCategory = section.Int("discourse_category", null, 0, 0),
            Reminders = configured
                ? ConfigKeys.Reminders.Where(reminders.Has).ToDictionary(key => key, key => reminders.Int(key, null, 0, 1, 365), StringComparer.Ordinal)
                : AnnouncementSettings.DefaultReminders,
        };
    }

    private static ResultsSettings ReadResults(YamlSection section)
    {
        var embargo = section.Int("embargo_hours", null, ResultsSettings.DefaultEmbargoHours, 0, 8760);
        if (!section.Has("governance_file"))
        {
            return new ResultsSettings { EmbargoHours = embargo };
        }

        var file = section.Section("governance_file", ConfigKeys.GovernanceFile, null);
        var repository = file.String("repository", "repository: <owner>/<governance-repo>");
        if (repository.Length > 0 && repository.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            file.Context.Report(file.Line, file.Field("repository"), $"wrong value \"{repository}\": write the governance repository as owner/name");
        }

        return new ResultsSettings
        {
            EmbargoHours = embargo,
            GovernanceFile = new GovernanceFile(
                repository,
                file.String("path", "path: <path/to/members.yml>"),
                file.Choice("format", null, ConfigKeys.GovernanceFormats, GovernanceFile.YamlMembers),
                file.Line),
        };
    }

    private static VotingRules ReadVoting(YamlSection section)
    {
        var strict = section.Choice("approval_rule", null, ConfigKeys.ApprovalRules, "at-least") == "more-than";
        ApprovalThreshold? threshold = null;
        if (section.TryGet("approval_threshold", null, out var node)
            && ValueReader.TryString(section.Context, node, section.Field("approval_threshold"), out var text))
        {
            if (ThresholdText.TryParse(text, strict, out var parsed))
            {
                threshold = parsed;
            }
            else
            {
                section.Context.Unreadable(node, section.Field("approval_threshold"),
                    $"wrong value \"{text}\": write a share above 0 and at most 1 as a fraction (2/3), a percentage (50%) or a decimal (0.5)");
            }
        }

        return new VotingRules
        {
            MaxPeriodDays = section.Int("max_period_days", null, VotingRules.DefaultMaxPeriodDays, 1, 3660),
            ApprovalThreshold = threshold,
        };
    }
}
