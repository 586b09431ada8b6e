namespace Elections.Core.Configuration.Reading;

/// <summary>The keys each mapping of <c>config/election.yml</c> allows (docs/configuration.md lists them).</summary>
internal static class ConfigKeys
{
    public static readonly string[] Root =
    [
        "name", "slug", "organization", "repository", "voters_team", "officials", "timeline", "seats",
        "counting", "terms", "eligibility", "nominations", "endorsements", "conflicts_of_interest", "labels",
        "mail", "voting", "announcements", "results",
    ];

    public static readonly string[] Account = ["id", "login"];

    public static readonly string[] ExcludedAccount = ["id", "login", "reason"];

    public static readonly string[] Timeline =
    [
        "kickoff", "nominations_close", "endorsements_close", "questions_close", "answers_close",
        "voter_roll_freeze", "voting_opens", "voting_closes", "results",
    ];

    public static readonly string[] Counting = ["method", "quota", "unranked", "external"];

    public static readonly string[] Term = ["seats", "years"];

    public static readonly string[] Eligibility =
    [
        "contributions_from", "contributions_until", "organizations", "min_commits_in_merged_pull_requests",
        "min_merges_performed", "exclude_bots", "excluded_accounts", "email_sources",
    ];

    public static readonly string[] EmailSources = ["order", "previous_roll", "maintainers", "suppressed"];

    public static readonly string[] EmailSourceNames = ["roll", "previous_roll", "maintainers", "profile", "commits"];

    public static readonly string[] Nominations = ["self_nomination", "acceptance_required", "accept_command"];

    public static readonly string[] Endorsements = ["min_endorsers", "min_independent", "channels", "comment_command"];

    public static readonly string[] ConflictsOfInterest = ["max_elected_per_group", "hard_max_per_group"];

    public static readonly string[] Labels =
        ["nomination", "enough_endorsements", "nominee_accepted", "question", "non_eligible_question", "announcement"];

    public static readonly string[] Mail =
    [
        "from", "smtp_host", "smtp_port", "tls", "user", "password_env", "connections", "rate_per_second",
        "max_consecutive_failures",
    ];

    public static readonly string[] Announcements = ["site_repository", "site_path", "discourse_category", "reminders"];

    public static readonly string[] Reminders = ["nominations_close", "endorsements_close", "voting_closes"];

    public static readonly string[] Voting = ["max_period_days", "approval_threshold", "approval_rule"];

    public static readonly string[] Results = ["governance_file", "embargo_hours"];

    public static readonly string[] GovernanceFile = ["repository", "path", "format"];

    public static readonly string[] GovernanceFormats = ["yaml-members"];

    public static readonly string[] Quota = ["default", "whole", "fractional"];

    public static readonly string[] Unranked = ["default", "last", "incomparable"];

    public static readonly string[] External = ["none", "opavote", "civs"];

    public static readonly string[] Channels = ["review", "comment"];

    public static readonly string[] Tls = ["starttls", "tls", "none"];

    public static readonly string[] ApprovalRules = ["at-least", "more-than"];
}
