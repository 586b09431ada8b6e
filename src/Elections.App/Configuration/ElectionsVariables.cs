namespace Elections.App.Configuration;

/// <summary>
/// Every environment variable the bot reads, in one place (documented in docs/environment.md). Our
/// settings are <c>ELECTIONS_*</c>; from GitHub Actions only what Actions itself sets or workflows pass
/// by convention.
/// </summary>
public static class ElectionsVariables
{
    public const string WebhookSecret = "ELECTIONS_WEBHOOK_SECRET";
    public const string AppId = "ELECTIONS_APP_ID";
    public const string ClientId = "ELECTIONS_CLIENT_ID";
    public const string AppSlug = "ELECTIONS_APP_SLUG";
    public const string PrivateKey = "ELECTIONS_PRIVATE_KEY";
    public const string PrivateKeyFile = "ELECTIONS_PRIVATE_KEY_FILE";
    public const string Store = "ELECTIONS_STORE";
    public const string RepoDir = "ELECTIONS_REPO_DIR";
    public const string DryRun = "ELECTIONS_DRY_RUN";
    public const string Workers = "ELECTIONS_WORKERS";
    public const string LeaseSeconds = "ELECTIONS_LEASE_SECONDS";
    public const string MaxBodyBytes = "ELECTIONS_MAX_BODY_BYTES";
    public const string MaxConcurrentBodies = "ELECTIONS_MAX_CONCURRENT_BODIES";
    public const string RetryDelayMs = "ELECTIONS_RETRY_DELAY_MS";
    public const string PollMs = "ELECTIONS_POLL_MS";
    public const string GitHubApiUrl = "ELECTIONS_GITHUB_API_URL";

    /// <summary>The most voters-team changes one run makes (docs/voters.md "The voters team").</summary>
    public const string TeamSyncMax = "ELECTIONS_TEAM_SYNC_MAX";

    /// <summary><c>true</c> turns on the non-voter notice (off by default).</summary>
    public const string NonVoterNotice = "ELECTIONS_NON_VOTER_NOTICE";

    /// <summary>Where the non-voter notice links to for the exception procedure.</summary>
    public const string ExceptionUrl = "ELECTIONS_EXCEPTION_URL";

    /// <summary>Overrides <c>mail.smtp_host</c> (e.g. a local sink for a rehearsal).</summary>
    public const string SmtpHost = "ELECTIONS_SMTP_HOST";

    /// <summary>Overrides <c>mail.smtp_port</c>.</summary>
    public const string SmtpPort = "ELECTIONS_SMTP_PORT";

    /// <summary>Overrides <c>mail.tls</c>: <c>starttls</c>, <c>tls</c> or <c>none</c>.</summary>
    public const string SmtpTls = "ELECTIONS_SMTP_TLS";

    /// <summary>The Discourse forum's base URL for <c>elections announce --post</c>.</summary>
    public const string DiscourseUrl = "DISCOURSE_URL";

    /// <summary>The Discourse API key (a secret).</summary>
    public const string DiscourseApiKey = "DISCOURSE_API_KEY";

    /// <summary>The Discourse user the API key posts as.</summary>
    public const string DiscourseApiUsername = "DISCOURSE_API_USERNAME";

    /// <summary>A token (Actions: from actions/create-github-app-token); used instead of App credentials.</summary>
    public const string Token = "GH_TOKEN";

    /// <summary>The workflow's own token, used when <see cref="Token"/> is absent.</summary>
    public const string ActionsToken = "GITHUB_TOKEN";

    /// <summary>Set by Actions; the API URL when <see cref="GitHubApiUrl"/> is unset.</summary>
    public const string ActionsApiUrl = "GITHUB_API_URL";

    /// <summary>Set by Actions; the GraphQL endpoint (default: the API URL + <c>/graphql</c>).</summary>
    public const string ActionsGraphQlUrl = "GITHUB_GRAPHQL_URL";

    /// <summary>Set by Actions: <c>owner/name</c> of the workflow's repository (<c>voters sync-team</c>'s default).</summary>
    public const string ActionsRepository = "GITHUB_REPOSITORY";

    /// <summary>Set by Actions: who started the workflow, recorded as the actor of its effects.</summary>
    public const string Actor = "GITHUB_ACTOR";

    public const string EventName = "GITHUB_EVENT_NAME";
    public const string EventPath = "GITHUB_EVENT_PATH";
    public const string RunId = "GITHUB_RUN_ID";
    public const string RunAttempt = "GITHUB_RUN_ATTEMPT";
    public const string StepSummary = "GITHUB_STEP_SUMMARY";

    /// <summary>Old names that are an error when set, with the name that replaced each.</summary>
    public static IReadOnlyList<(string Old, string New)> Renamed { get; } =
    [
        ("GITHUB_APP_ID", AppId),
        ("GITHUB_APP_CLIENT_ID", ClientId),
        ("GITHUB_APP_PRIVATE_KEY", PrivateKey),
        ("GITHUB_APP_PRIVATE_KEY_FILE", PrivateKeyFile),
    ];
}
