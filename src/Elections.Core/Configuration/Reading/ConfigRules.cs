using System.Text.RegularExpressions;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// The rules that combine fields once every field is read (each skipped when a field it needs could not be
/// read, so one mistake gives one message): names GitHub accepts, officials, terms, eligibility, conflicts,
/// labels and mail. Timeline rules are in <see cref="TimelineRules"/>.
/// </summary>
internal static partial class ConfigRules
{
    /// <summary>GitHub's label-name limit.</summary>
    private const int MaxLabelLength = 50;

    public static void Check(ReadContext context, ElectionConfig config)
    {
        CheckNames(context, config);
        CheckAccounts(context, config);
        TimelineRules.Check(context, config);
        CheckTerms(context, config);
        CheckEligibility(context, config);
        CheckEndorsements(context, config);
        CheckConflicts(context, config);
        CheckLabels(context, config);
        CheckMail(context, config);
    }

    private static void Report(ReadContext context, string field, string message) =>
        context.Report(LineOf(context, field), field, message);

    private static int LineOf(ReadContext context, string field) => ConfigSourceMap.NearestLine(context.Lines, field);

    private static void CheckPattern(ReadContext context, string field, string value, Regex pattern, string rule)
    {
        if (value.Length > 0 && !context.AnyUnreadable(field) && !pattern.IsMatch(value))
        {
            Report(context, field, $"'{value}' is not valid: {rule}");
        }
    }

    private static void CheckNames(ReadContext context, ElectionConfig config)
    {
        CheckPattern(context, "slug", config.Slug, SlugPattern(),
            $"use lower-case letters, digits and single hyphens, e.g. {SlugSuggestion.From(config.Slug, "<short-id>")}");
        CheckPattern(context, "organization", config.Organization, LoginPattern(),
            $"write the organization's GitHub login as in its URL, e.g. {SlugSuggestion.From(config.Organization, "<organization-login>")}");
        CheckPattern(context, "repository", config.Repository, RepositoryPattern(),
            "write the repository name without the organization, as in its URL (github.com/ORGANIZATION/NAME)");
        CheckPattern(context, "voters_team", config.VotersTeam, SlugPattern(),
            $"write the team's slug as in its URL (lower case, hyphens), e.g. {SlugSuggestion.From(config.VotersTeam, "<team-slug>")}");
    }

    private static void CheckAccounts(ReadContext context, ElectionConfig config)
    {
        if (config.Officials.Count == 0 && !context.AnyUnreadable("officials"))
        {
            Report(context, "officials", "the election committee is empty: list at least one official with id and login");
        }

        CheckAccountList(context, "officials", config.Officials.Select(account => (account.Id, account.Login)).ToList());
        CheckAccountList(context, "eligibility.excluded_accounts",
            config.Eligibility.ExcludedAccounts.Select(account => (account.Id, account.Login)).ToList());
    }

    private static void CheckAccountList(ReadContext context, string listField, List<(long Id, string Login)> accounts)
    {
        var firstIndex = new Dictionary<long, int>();
        for (var index = 0; index < accounts.Count; index++)
        {
            var (id, login) = accounts[index];
            var field = $"{listField}[{index}]";
            CheckPattern(context, $"{field}.login", login, BotOrLoginPattern(), "write the GitHub login, like octocat or release-bot[bot]");
            if (id <= 0)
            {
                continue;
            }

            if (firstIndex.TryGetValue(id, out var first))
            {
                Report(context, $"{field}.id", $"id {id} is listed twice (also {listField}[{first}] at line {LineOf(context, $"{listField}[{first}]")}): remove one entry");
            }
            else
            {
                firstIndex[id] = index;
            }
        }
    }

    private static void CheckTerms(ReadContext context, ElectionConfig config)
    {
        if (config.Terms.Count == 0 || context.AnyUnreadable("terms", "seats"))
        {
            return;
        }

        var covered = config.Terms.Sum(group => group.Seats);
        if (covered != config.Seats)
        {
            Report(context, "terms", $"the term groups cover {covered} places but seats is {config.Seats}: make the groups' seats add up to {config.Seats}");
        }
    }

    private static void CheckEligibility(ReadContext context, ElectionConfig config)
    {
        var rules = config.Eligibility;
        if (!context.AnyUnreadable("eligibility.contributions_from", "eligibility.contributions_until")
            && rules.ContributionsUntil <= rules.ContributionsFrom)
        {
            Report(context, "eligibility.contributions_until",
                "the contribution window is empty: contributions_until must be after contributions_from");
        }

        if (!context.AnyUnreadable("eligibility.contributions_until", "timeline.voter_roll_freeze")
            && rules.ContributionsUntil > config.Timeline.VoterRollFreeze.Utc)
        {
            Report(context, "eligibility.contributions_until",
                $"the contribution window ends after the voter roll freezes ({config.Timeline.VoterRollFreeze}): end it on or before that date");
        }

        if (!context.AnyUnreadable("eligibility.min_commits_in_merged_pull_requests", "eligibility.min_merges_performed")
            && rules.MinCommitsInMergedPullRequests == 0 && rules.MinMergesPerformed == 0)
        {
            Report(context, "eligibility",
                "both min_commits_in_merged_pull_requests and min_merges_performed are 0, so every account would be eligible: set at least one to 1 or more");
        }

        if (rules.Organizations.Count == 0 && !context.AnyUnreadable("eligibility.organizations", "organization"))
        {
            Report(context, "eligibility.organizations", "no organization is listed: add at least one whose contributions count");
        }

        for (var index = 0; index < rules.Organizations.Count; index++)
        {
            CheckPattern(context, $"eligibility.organizations[{index}]", rules.Organizations[index], LoginPattern(), "write an organization's GitHub login");
        }
    }

    private static void CheckEndorsements(ReadContext context, ElectionConfig config)
    {
        var channels = config.Endorsements.Channels;
        if (channels.Count == 0 && !context.AnyUnreadable("endorsements.channels"))
        {
            Report(context, "endorsements.channels", "no endorsement channel is enabled: list review, comment or both");
        }

        if (channels.Distinct().Count() != channels.Count)
        {
            Report(context, "endorsements.channels", "a channel is listed twice: list each of review and comment at most once");
        }
    }

    private static void CheckConflicts(ReadContext context, ElectionConfig config)
    {
        var rules = config.ConflictsOfInterest;
        if (rules.HardMaxPerGroup < rules.MaxElectedPerGroup
            && !context.AnyUnreadable("conflicts_of_interest.max_elected_per_group", "conflicts_of_interest.hard_max_per_group"))
        {
            Report(context, "conflicts_of_interest.hard_max_per_group",
                $"hard_max_per_group ({rules.HardMaxPerGroup}) is below max_elected_per_group ({rules.MaxElectedPerGroup}): raise it to at least {rules.MaxElectedPerGroup}");
        }
    }

    private static void CheckLabels(ReadContext context, ElectionConfig config)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in config.Labels.All)
        {
            var field = $"labels.{key}";
            if (name.Length > MaxLabelLength)
            {
                Report(context, field, $"'{name}' is {name.Length} characters; GitHub allows at most {MaxLabelLength}: shorten it");
            }

            if (seen.TryGetValue(name, out var other))
            {
                Report(context, field, $"'{name}' is also the {other} label: give each label its own name");
            }
            else
            {
                seen[name] = key;
            }
        }
    }

    private static void CheckMail(ReadContext context, ElectionConfig config)
    {
        var mail = config.Mail;
        CheckPattern(context, "mail.from", mail.From, EmailPattern(), "write one address, like elections@example.org");
        CheckPattern(context, "mail.smtp_host", mail.SmtpHost, HostPattern(), "write a host name without scheme or port, like smtp.example.org");
        CheckPattern(context, "mail.password_env", mail.PasswordEnv, EnvironmentNamePattern(), "write an environment variable name, like ELECTIONS_SMTP_PASSWORD");
        var local = mail.SmtpHost is "localhost" or "127.0.0.1" or "::1";
        if (mail.Tls == TlsMode.None && mail.User.Length > 0 && !local && !context.AnyUnreadable("mail.tls", "mail.smtp_host"))
        {
            Report(context, "mail.tls", $"tls: none would send the password for {mail.User} unencrypted to {mail.SmtpHost}: use starttls or tls (none is only for a local test server)");
        }

        CheckPattern(context, "announcements.site_repository", config.Announcements.SiteRepository, SiteRepositoryPattern(), "write owner/name of the website repository, like examplecoop/website");
        CheckPattern(context, "announcements.site_path", config.Announcements.SitePath, SitePathPattern(), "write a folder inside the site repository, like src/content/announcements (no leading /, no ..)");
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex SiteRepositoryPattern();

    [GeneratedRegex(@"^(?!.*(^|/)\.\.?(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex SitePathPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")]
    private static partial Regex LoginPattern();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\[bot\])?$")]
    private static partial Regex BotOrLoginPattern();

    [GeneratedRegex(@"^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[^@\s<>,;""]+@[^@\s<>,;""]+\.[^@\s<>,;""]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^::1$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$")]
    private static partial Regex EnvironmentNamePattern();
}
